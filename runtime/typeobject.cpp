// Type objects: `type` and `object`, readying builtin types, MRO lookup with a global method
// cache keyed on type versions, the generic attribute protocol, and class creation.
#include "runtime/typeobject.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "compiler/symtable.h"
#include "runtime/args.h"
#include "runtime/descrobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/funcobject.h"
#include "runtime/genericalias.h"
#include "runtime/import.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/mappingproxy.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

TypeObject Type_Type;
TypeObject Object_Type;

namespace {

uint32_t g_next_version = 1;

// ---- the method cache: (type version, interned name) -> MRO lookup result --------------------
constexpr int kCacheBits = 12;
struct CacheEntry {
  uint32_t version;
  StrObject* name;
  Object* value;  // nullptr: not found
};
CacheEntry g_method_cache[1 << kCacheBits];

inline size_t cache_index(uint32_t version, StrObject* name) {
  uintptr_t h = (static_cast<uintptr_t>(version) * 2654435761u) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
  return (h ^ (h >> kCacheBits)) & ((1 << kCacheBits) - 1);
}

Object* mro_lookup(TypeObject* t, StrObject* name) {
  TupleObject* mro = t->tp_mro;
  if (!mro) return t->tp_dict ? dict_get(t->tp_dict, name) : nullptr;
  intptr_t h = str_hash(name);
  for (intptr_t i = 0; i < mro->ob_size; ++i) {
    DictObject* d = static_cast<TypeObject*>(mro->items[i])->tp_dict;
    if (!d) continue;
    intptr_t ix = dict_lookup_index(d, name, h);
    if (ix >= 0) return d->entries[ix].value;
  }
  return nullptr;
}

void add_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->tp_subclasses) base->tp_subclasses = list_new(0);
  list_append(base->tp_subclasses, sub);
}

// ---- object ------------------------------------------------------------------------------------
bool excess_args(size_t nargs, TupleObject* kwnames) {
  return nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
}

void object_init(Object* self, Object* const*, size_t nargs, TupleObject* kwnames);

// CPython 3.11's message for instantiating a class whose __abstractmethods__ is not empty:
// "Can't instantiate abstract class C with abstract method f" (methods: sorted, ", ").
[[noreturn]] void raise_abstract_instantiation(TypeObject* type) {
  Object* methods = type->tp_dict ? dict_get_cstr(type->tp_dict, "__abstractmethods__") : nullptr;
  std::string names;
  intptr_t count = 0;
  if (methods) {
    Object* sorted_fn = dict_get_cstr(module_dict(create_module_builtins()), "sorted");
    Object* l = call1(sorted_fn, methods);
    auto* list = static_cast<ListObject*>(l);
    count = list->size;
    for (intptr_t i = 0; i < list->size; ++i) {
      if (i) names += ", ";
      Object* s = str(list->items[i]);
      names += str_utf8(static_cast<StrObject*>(s));
    }
  }
  const char* qual = type->ht_qualname ? str_utf8(type->ht_qualname) : type->tp_name;
  raise_type_error("Can't instantiate abstract class %s with abstract method%s %s", qual,
                   count == 1 ? "" : "s", names.c_str());
}

Object* object_new(TypeObject* type, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->tp_new != object_new)
      raise_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->tp_init == object_init) raise_type_error("%s() takes no arguments", type->tp_name);
  }
  if (type_has(type, TPFLAGS_ABSTRACT)) raise_abstract_instantiation(type);
  return type_alloc(type);
}

void object_init(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  TypeObject* type = type_of(self);
  if (excess_args(nargs, kwnames)) {
    if (type->tp_init != object_init)
      raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
    if (type->tp_new == object_new)
      raise_type_error("%s.__init__() takes exactly one argument (the instance to initialize)",
                       type->tp_name);
  }
}

Object* type_module_name(TypeObject* t);

Object* object_repr(Object* self) {
  TypeObject* t = type_of(self);
  Object* mod = type_module_name(t);
  const char* qual = t->ht_qualname ? str_utf8(t->ht_qualname) : t->tp_name;
  if (!t->ht_qualname) {  // a builtin type "module.name": the qualname is the last part
    const char* dot = std::strrchr(qual, '.');
    if (dot) qual = dot + 1;
  }
  if (mod && is_str(mod) && !str_eq_cstr(static_cast<StrObject*>(mod), "builtins"))
    return str_format_c("<%s.%s object at %p>", str_utf8(static_cast<StrObject*>(mod)), qual,
                        static_cast<void*>(self));
  return str_format_c("<%s object at %p>", t->tp_name, static_cast<void*>(self));
}

Object* object_str(Object* self) {
  UnaryFn f = type_of(self)->tp_repr;
  return f ? f(self) : object_repr(self);
}

intptr_t object_hash(Object* self) {
  // CPython's _Py_HashPointer: the address rotated right by 4 bits.
  uintptr_t y = reinterpret_cast<uintptr_t>(self);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  intptr_t h = static_cast<intptr_t>(y);
  return h == -1 ? -2 : h;
}

Object* object_richcompare(Object* self, Object* other, int op) {
  switch (op) {
    case CMP_EQ:
      return self == other ? Py_True : Py_NotImplemented;
    case CMP_NE: {
      // By default __ne__ delegates to __eq__ and inverts the result.
      RichCmpFn f = type_of(self)->tp_richcompare;
      if (!f) return Py_NotImplemented;
      Object* r = f(self, other, CMP_EQ);
      if (r == Py_NotImplemented) return r;
      return py_bool(!is_true(r));
    }
    default:
      return Py_NotImplemented;
  }
}

Object* object_getattro(Object* self, StrObject* name) { return generic_getattr(self, name); }
void object_setattro(Object* self, StrObject* name, Object* value) {
  generic_setattr(self, name, value);
}

Object* object_get_class(Object* self) { return type_of(self); }
void object_set_class(Object* self, Object* value) {
  if (!value) raise_type_error("can't delete __class__ attribute");
  if (!is_type(value))
    raise_type_error("__class__ must be set to a class, not '%s' object", type_name(value));
  TypeObject* newto = static_cast<TypeObject*>(value);
  TypeObject* oldto = type_of(self);
  bool mutable_types = !type_has(newto, TPFLAGS_IMMUTABLETYPE) && !type_has(oldto, TPFLAGS_IMMUTABLETYPE);
  bool modules = is_subtype(newto, &Module_Type) && is_subtype(oldto, &Module_Type);
  if (!mutable_types && !modules)
    raise_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
  check_layout_compatible(oldto, newto, "__class__");
  self->ob_type = newto;
}

Object* object_format(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__format__", kw);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("__format__() argument must be str, not %s", type_name(args[0]));
  if (static_cast<StrObject*>(args[0])->length > 0)
    raise_type_error("unsupported format string passed to %s.__format__", type_name(self));
  return str(self);
}

Object* object_init_subclass(Object* cls, Object* const*, size_t nargs, TupleObject* kw) {
  const char* name = type_name(cls);
  if (is_type(cls)) {
    auto* t = static_cast<TypeObject*>(cls);
    name = t->ht_qualname ? str_utf8(t->ht_qualname) : t->tp_name;
  }
  if (kw && tuple_size(kw) > 0)
    raise_type_error("%s.__init_subclass__() takes no keyword arguments", name);
  if (nargs > 0)
    raise_type_error("%s.__init_subclass__() takes no arguments (%zu given)", name, nargs);
  return Py_None;
}

Object* object_dir(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__dir__", kw);
  check_nargs("__dir__", nargs, 0, 0);
  DictObject* names = dict_new();
  DictObject** dp = instance_dict_ptr(self);
  if (dp && *dp) dict_update(names, *dp);
  TypeObject* t = type_of(self);
  for (intptr_t i = 0; i < t->tp_mro->ob_size; ++i) {
    DictObject* d = static_cast<TypeObject*>(t->tp_mro->items[i])->tp_dict;
    if (d) dict_update(names, d);
  }
  ListObject* out = list_new(0);
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(names, &pos, &k, &v)) list_append(out, k);
  return out;
}

Object* object_sizeof(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__sizeof__", kw);
  check_nargs("__sizeof__", nargs, 0, 0);
  TypeObject* t = type_of(self);
  intptr_t size = t->tp_basicsize;
  if (t->tp_itemsize) {
    intptr_t n = is_small_int(self) ? 1 : static_cast<VarObject*>(self)->ob_size;
    size += t->tp_itemsize * (n < 0 ? -n : n);
  }
  return make_small_int(size);
}

// copyreg._slotnames(cls): the slot names declared in the __slots__ of the classes of cls's
// MRO (read from the class dicts, not the layout), mangled, without __dict__/__weakref__;
// cached as cls.__slotnames__.
Object* type_slotnames(TypeObject* cls) {
  if (Object* cached = dict_get_cstr(cls->tp_dict, "__slotnames__")) {
    if (cached != Py_None && !is_list(cached))
      raise_type_error("copyreg._slotnames didn't return a list or None");
    return cached;
  }
  ListObject* names = list_new(0);
  TupleObject* mro = cls->tp_mro;
  for (intptr_t i = 0; mro && i < mro->ob_size; ++i) {
    auto* c = static_cast<TypeObject*>(mro->items[i]);
    Object* slots = c->tp_dict ? dict_get_cstr(c->tp_dict, "__slots__") : nullptr;
    if (!slots) continue;
    if (is_str(slots)) slots = tuple_pack({slots});
    Object* it = get_iter(slots);
    while (Object* item = iter_next(it)) {
      if (!is_str(item)) {
        list_append(names, item);
        continue;
      }
      std::string n = str_utf8(static_cast<StrObject*>(item));
      if (n == "__dict__" || n == "__weakref__") continue;
      // Private names, mangled with the class __name__ as the compiler does.
      std::string cname = c->ht_name ? str_utf8(c->ht_name) : c->tp_name;
      list_append(names, str_from(compiler::mangle(cname, n)));
    }
  }
  try {
    set_attr(cls, intern("__slotnames__"), names);
  } catch (PyError&) {
    clear_exception();
  }
  return names;
}

// object.__getstate__() (3.11): the instance dict (None when empty) and, when slots are set,
// (dict_or_None, {slot: value}).
Object* object_getstate(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__getstate__", kw);
  check_nargs("__getstate__", nargs, 0, 0);
  Object* state = Py_None;
  DictObject** dp = instance_dict_ptr(self);
  if (dp && *dp && (*dp)->used > 0) state = *dp;
  Object* names = type_slotnames(type_of(self));
  if (is_list(names) && static_cast<ListObject*>(names)->size > 0) {
    auto* l = static_cast<ListObject*>(names);
    DictObject* slots = dict_new();
    for (intptr_t i = 0; i < l->size; ++i) {
      Object* n = l->items[i];
      if (!is_str(n)) continue;
      Object* v = get_attr_or_null(self, intern_str(static_cast<StrObject*>(n)));
      if (v) dict_set(slots, n, v);
    }
    if (slots->used > 0) state = tuple_pack({state, slots});
  }
  return state;
}

// object.__reduce_ex__ / object.__reduce__: the default reduction for pickle and copy. A class
// that defines its own __reduce__ gets it called (as CPython's object.__reduce_ex__ does);
// otherwise the reduction is copyreg._reduce_object's (stdlib/lib/copyreg.py), which computes
// CPython's copyreg.__newobj__ / _reconstructor forms and the builtin types' reductions.
Object* copyreg_reduce(Object* self, Object* protocol) {
  static StrObject* copyreg = intern("copyreg");
  static StrObject* fn = intern("_reduce_object");
  Object* mod = import_name(copyreg, Py_None, Py_None, 0);
  Object* args[2] = {self, protocol};
  return call(get_attr(mod, fn), args, 2);
}
Object* object_reduce_ex(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__reduce_ex__", kw);
  check_nargs("__reduce_ex__", nargs, 1, 1);
  if (!is_int(args[0]))
    raise_type_error("'%s' object cannot be interpreted as an integer", type_name(args[0]));
  static StrObject* reduce_name = intern("__reduce__");
  Object* own = type_lookup(type_of(self), reduce_name);
  Object* base = type_lookup(&Object_Type, reduce_name);
  if (own && own != base) return call_method(self, reduce_name, nullptr, 0);
  return copyreg_reduce(self, args[0]);
}
Object* object_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__reduce__", kw);
  check_nargs("__reduce__", nargs, 0, 0);
  return copyreg_reduce(self, make_small_int(0));
}

// object.__subclasshook__: no opinion (ABCMeta asks it before its registry).
Object* object_subclasshook(Object*, Object* const*, size_t, TupleObject*) { return Py_NotImplemented; }

const MethodDef object_methods[] = {
    {"__getstate__", object_getstate, METH_DEFAULT, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, METH_DEFAULT, "Helper for pickle."},
    {"__reduce__", object_reduce, METH_DEFAULT, "Helper for pickle."},
    {"__format__", object_format, METH_DEFAULT, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__dir__", object_dir, METH_DEFAULT, "Default dir() implementation."},
    {"__subclasshook__", object_subclasshook, METH_CLASS,
     "Hook for issubclass() on abstract classes: True, False, or NotImplemented for the usual "
     "check."},
    {"__sizeof__", object_sizeof, METH_DEFAULT, "Size of object in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr}};

const GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- type ----------------------------------------------------------------------------------
TypeObject* as_type(Object* o) { return static_cast<TypeObject*>(o); }

Object* type_get_name(Object* self) {
  TypeObject* t = as_type(self);
  if (t->ht_name) return t->ht_name;
  const char* n = t->tp_name;
  const char* dot = std::strrchr(n, '.');
  return str_from_cstr(dot ? dot + 1 : n);
}
// CPython's check_set_special_type_attr: builtin types are immutable; nothing can be deleted.
void check_special_attr_set(TypeObject* t, Object* value, const char* name) {
  if (!type_has(t, TPFLAGS_HEAPTYPE))
    raise_type_error("cannot set '%s' attribute of immutable type '%s'", name, t->tp_name);
  if (!value)
    raise_type_error("cannot delete '%s' attribute of immutable type '%s'", name, t->tp_name);
}
void type_set_name(Object* self, Object* value) {
  TypeObject* t = as_type(self);
  check_special_attr_set(t, value, "__name__");
  if (!is_str(value))
    raise_type_error("can only assign string to %s.__name__, not '%s'", t->tp_name,
                     type_name(value));
  size_t n;
  const char* utf8 = str_utf8(static_cast<StrObject*>(value), &n);
  if (std::strlen(utf8) != n) raise_value_error("type name must not contain null characters");
  t->ht_name = static_cast<StrObject*>(value);
  t->tp_name = str_utf8(t->ht_name);
}
Object* type_get_qualname(Object* self) {
  TypeObject* t = as_type(self);
  if (t->ht_qualname) return t->ht_qualname;
  return type_get_name(self);
}
void type_set_qualname(Object* self, Object* value) {
  TypeObject* t = as_type(self);
  check_special_attr_set(t, value, "__qualname__");
  if (!is_str(value))
    raise_type_error("can only assign string to %s.__qualname__, not '%s'", t->tp_name,
                     type_name(value));
  t->ht_qualname = static_cast<StrObject*>(value);
}
Object* type_get_module(Object* self) {
  Object* m = type_module_name(as_type(self));
  return m ? m : Py_None;
}
void type_set_module(Object* self, Object* value) {
  TypeObject* t = as_type(self);
  check_special_attr_set(t, value, "__module__");
  dict_set_cstr(t->tp_dict, "__module__", value);
  type_modified(t);
}
void type_set_doc(Object* self, Object* value) {
  TypeObject* t = as_type(self);
  check_special_attr_set(t, value, "__doc__");
  dict_set_cstr(t->tp_dict, "__doc__", value);
  type_modified(t);
}
Object* type_get_bases(Object* self) { return as_type(self)->tp_bases; }
Object* type_get_base(Object* self) {
  TypeObject* b = as_type(self)->tp_base;
  return b ? static_cast<Object*>(b) : Py_None;
}
Object* type_get_mro(Object* self) {
  Object* m = as_type(self)->tp_mro;
  return m ? m : Py_None;
}
Object* type_get_dict(Object* self) { return mappingproxy_new(as_type(self)->tp_dict); }
Object* type_get_doc(Object* self) {
  TypeObject* t = as_type(self);
  Object* d = t->tp_dict ? dict_get_cstr(t->tp_dict, "__doc__") : nullptr;
  if (d) {
    if (type_of(d)->tp_descr_get) return type_of(d)->tp_descr_get(d, nullptr, t);
    return d;
  }
  return t->tp_doc ? str_from_cstr(t->tp_doc) : Py_None;
}
// The layout numbers are read-only members, as in CPython ("readonly attribute").
const MemberDef type_members[] = {
    {"__basicsize__", MEMBER_INTPTR, offsetof(TypeObject, tp_basicsize), true, nullptr},
    {"__itemsize__", MEMBER_INTPTR, offsetof(TypeObject, tp_itemsize), true, nullptr},
    {"__dictoffset__", MEMBER_INTPTR, offsetof(TypeObject, tp_dictoffset), true, nullptr},
    {"__weakrefoffset__", MEMBER_INTPTR, offsetof(TypeObject, tp_weaklistoffset), true, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};
// CPython's flag bits only (slotpy's own, such as the float-subclass bit, are hidden).
Object* type_get_flags(Object* self) {
  return int_from_uint64(as_type(self)->tp_flags & ((1ull << 32) - 1));
}

// type.__abstractmethods__: kept in the type's dict; a non-empty value marks the class
// abstract (object.__new__ then refuses it). `type` itself has none.
Object* type_get_abstractmethods(Object* self) {
  TypeObject* t = as_type(self);
  Object* v = t != &Type_Type && t->tp_dict ? dict_get_cstr(t->tp_dict, "__abstractmethods__")
                                            : nullptr;
  if (!v) raise_fmt(Exc_AttributeError, "__abstractmethods__");
  return v;
}
void type_set_abstractmethods(Object* self, Object* value) {
  TypeObject* t = as_type(self);
  if (value) {
    bool abstract = is_true(value);
    dict_set_cstr(t->tp_dict, "__abstractmethods__", value);
    if (abstract) t->tp_flags |= TPFLAGS_ABSTRACT;
    else t->tp_flags &= ~static_cast<uint64_t>(TPFLAGS_ABSTRACT);
  } else {
    if (!t->tp_dict || !dict_get_cstr(t->tp_dict, "__abstractmethods__"))
      raise_fmt(Exc_AttributeError, "__abstractmethods__");
    dict_del(t->tp_dict, str_from_cstr("__abstractmethods__"));
    t->tp_flags &= ~static_cast<uint64_t>(TPFLAGS_ABSTRACT);
  }
  type_modified(t);
}

const GetSetDef type_getset[] = {
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr},
    {"__name__", type_get_name, type_set_name, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr},
    {"__bases__", type_get_bases, type_set_bases, nullptr},
    {"__base__", type_get_base, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Object* type_mro_method(Object* self, Object* const*, size_t nargs, TupleObject* kw);
Object* type_subclasses(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__subclasses__", kw);
  check_nargs("__subclasses__", nargs, 0, 0);
  ListObject* subs = as_type(self)->tp_subclasses;
  return subs ? list_from(subs->items, subs->size) : list_new(0);
}
Object* type_instancecheck(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__instancecheck__", kw);
  check_nargs("__instancecheck__", nargs, 1, 1);
  return py_bool(type_instance_check(args[0], as_type(self)));
}
Object* type_subclasscheck(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__subclasscheck__", kw);
  check_nargs("__subclasscheck__", nargs, 1, 1);
  if (!is_type(args[0])) raise_type_error("issubclass() arg 1 must be a class");
  return py_bool(is_subtype(as_type(args[0]), as_type(self)));
}

// type.__prepare__(name, bases, **kwds): the namespace of a class statement (a new dict).
Object* type_prepare(Object*, Object* const*, size_t, TupleObject*) { return dict_new(); }

const MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_DEFAULT, "Return a type's method resolution order."},
    {"__prepare__", type_prepare, METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__subclasses__", type_subclasses, METH_DEFAULT,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, METH_DEFAULT,
     "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, METH_DEFAULT, "Check if a class is a subclass."},
    {nullptr, nullptr, 0, nullptr}};

Object* type_repr(Object* self) {
  TypeObject* t = as_type(self);
  Object* mod = type_module_name(t);
  Object* qual = type_get_qualname(self);
  if (mod && is_str(mod) && !str_eq_cstr(static_cast<StrObject*>(mod), "builtins"))
    return str_format_c("<class '%s.%s'>", str_utf8(static_cast<StrObject*>(mod)),
                        str_utf8(static_cast<StrObject*>(qual)));
  return str_format_c("<class '%s'>", t->tp_name);
}

Object* type_getattro(Object* self, StrObject* name) {
  TypeObject* type = as_type(self);
  TypeObject* meta = type_of(self);
  Object* meta_attr = type_lookup(meta, name);
  DescrGetFn meta_get = nullptr;
  if (meta_attr) {
    meta_get = type_of(meta_attr)->tp_descr_get;
    if (meta_get && type_of(meta_attr)->tp_descr_set) return meta_get(meta_attr, self, meta);
  }
  Object* attr = type_lookup(type, name);
  if (attr) {
    DescrGetFn local_get = type_of(attr)->tp_descr_get;
    if (local_get) return local_get(attr, nullptr, self);
    return attr;
  }
  if (meta_get) return meta_get(meta_attr, self, meta);
  if (meta_attr) return meta_attr;
  return nullptr;
}

// A special method changed on `type`: its slots and those of every subclass follow.
void update_slots_recursive(TypeObject* type) {
  update_slots_from_dict(type);
  if (ListObject* subs = type->tp_subclasses)
    for (intptr_t i = 0; i < subs->size; ++i)
      update_slots_recursive(static_cast<TypeObject*>(subs->items[i]));
}

void type_setattro(Object* self, StrObject* name, Object* value) {
  TypeObject* type = as_type(self);
  if (!type_has(type, TPFLAGS_HEAPTYPE)) {
    raise_type_error("cannot set '%s' attribute of immutable type '%s'", str_utf8(name),
                     type->tp_name);
  }
  // Data descriptors on the metatype (e.g. __name__) first.
  Object* meta_attr = type_lookup(type_of(self), name);
  if (meta_attr && type_of(meta_attr)->tp_descr_set) {
    type_of(meta_attr)->tp_descr_set(meta_attr, self, value);
    return;
  }
  name = intern_str(name);
  if (value) {
    dict_set(type->tp_dict, name, value);
  } else if (!dict_del(type->tp_dict, name)) {
    raise_attribute_error(self, name);
  }
  type_modified(type);
  const char* n = str_utf8(name);
  if (n[0] == '_' && n[1] == '_') update_slots_recursive(type);
}

Object* type_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* type = as_type(self);
  if (type == &Type_Type && nargs == 1 && (!kwnames || tuple_size(kwnames) == 0))
    return type_of(args[0]);
  if (!type->tp_new) raise_type_error("cannot create '%s' instances", type->tp_name);
  Object* obj = type->tp_new(type, args, nargs, kwnames);
  if (!is_subtype(type_of(obj), type)) return obj;
  TypeObject* ot = type_of(obj);
  if (ot->tp_init) ot->tp_init(obj, args, nargs, kwnames);
  return obj;
}

// ---- C3 linearization ------------------------------------------------------------------------
TupleObject* compute_mro(TypeObject* t);

}  // namespace

Object* type_new_impl(TypeObject* meta, Object* const* args, size_t nargs, TupleObject* kwnames);

namespace {
Object* type_tp_new(TypeObject* meta, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs == 1 && (!kwnames || tuple_size(kwnames) == 0) && meta == &Type_Type)
    return type_of(args[0]);
  if (nargs != 1 && nargs != 3) raise_type_error("type() takes 1 or 3 arguments");
  return type_new_impl(meta, args, nargs, kwnames);
}
void type_tp_init(Object*, Object* const*, size_t nargs, TupleObject*) {
  if (nargs != 1 && nargs != 3) raise_type_error("type.__init__() takes 1 or 3 arguments");
}

TupleObject* compute_mro(TypeObject* t) {
  TupleObject* bases = t->tp_bases;
  intptr_t nb = bases->ob_size;
  if (nb == 0) return tuple_pack({t});
  if (nb == 1) {
    TupleObject* bm = as_type(bases->items[0])->tp_mro;
    TupleObject* r = tuple_new(bm->ob_size + 1);
    r->items[0] = t;
    for (intptr_t i = 0; i < bm->ob_size; ++i) r->items[i + 1] = bm->items[i];
    return r;
  }
  for (intptr_t i = 0; i < nb; ++i)
    for (intptr_t j = i + 1; j < nb; ++j)
      if (bases->items[i] == bases->items[j]) {
        static StrObject* name_s = intern("__name__");
        Object* n = get_attr(bases->items[i], name_s);
        raise_type_error("duplicate base class %s",
                         is_str(n) ? str_utf8(static_cast<StrObject*>(n)) : repr_cstr(n));
      }
  // Sequences to merge: each base's MRO, then the list of bases. Heads advance by index.
  intptr_t nseq = nb + 1;
  TupleObject** seqs = static_cast<TupleObject**>(gc_alloc(sizeof(TupleObject*) * nseq));
  intptr_t* pos = static_cast<intptr_t*>(gc_alloc(sizeof(intptr_t) * nseq));
  for (intptr_t i = 0; i < nb; ++i) seqs[i] = as_type(bases->items[i])->tp_mro;
  seqs[nb] = bases;
  ListObject* out = list_new(0);
  list_append(out, t);
  for (;;) {
    bool empty = true;
    Object* candidate = nullptr;
    for (intptr_t i = 0; i < nseq; ++i) {
      if (pos[i] >= seqs[i]->ob_size) continue;
      empty = false;
      Object* head = seqs[i]->items[pos[i]];
      // Reject the head if it appears in the tail of any sequence.
      bool in_tail = false;
      for (intptr_t j = 0; j < nseq && !in_tail; ++j)
        for (intptr_t k = pos[j] + 1; k < seqs[j]->ob_size; ++k)
          if (seqs[j]->items[k] == head) {
            in_tail = true;
            break;
          }
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (empty) break;
    if (!candidate) {
      // CPython lists the heads that could not be ordered.
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
      DictObject* seen = dict_new();
      bool first = true;
      for (intptr_t i = 0; i < nseq; ++i) {
        if (pos[i] >= seqs[i]->ob_size) continue;
        Object* head = seqs[i]->items[pos[i]];
        if (dict_get(seen, head)) continue;
        dict_set(seen, head, Py_None);
        msg += first ? " " : ", ";
        first = false;
        msg += str_utf8(static_cast<StrObject*>(type_get_name(head)));
      }
      raise_type_error("%s", msg.c_str());
    }
    list_append(out, candidate);
    for (intptr_t i = 0; i < nseq; ++i)
      if (pos[i] < seqs[i]->ob_size && seqs[i]->items[pos[i]] == candidate) ++pos[i];
  }
  return list_as_tuple(out);
}

Object* type_mro_method(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("mro", kw);
  check_nargs("mro", nargs, 0, 0);
  TupleObject* m = compute_mro(as_type(self));
  return list_from(m->items, m->ob_size);
}

Object* type_module_name(TypeObject* t) {
  if (type_has(t, TPFLAGS_HEAPTYPE)) {
    Object* m = t->tp_dict ? dict_get_cstr(t->tp_dict, "__module__") : nullptr;
    return m;
  }
  const char* dot = std::strrchr(t->tp_name, '.');
  if (dot) return str_from_utf8(t->tp_name, dot - t->tp_name);
  return intern("builtins");
}

// Slots a builtin type takes from its base when it leaves them empty.
void inherit_slots(TypeObject* t, TypeObject* base) {
  // Hash and comparison go together (CPython's rule): a type that defines either inherits neither.
  bool own_cmp = t->tp_richcompare || t->tp_hash;
#define SLOTPY_INHERIT_(field, T) \
  if (!t->field) t->field = base->field;
  SLOTPY_TYPE_SLOTS(SLOTPY_INHERIT_)
#undef SLOTPY_INHERIT_
  if (own_cmp && t->tp_hash == base->tp_hash && t->tp_richcompare != base->tp_richcompare)
    t->tp_hash = nullptr;  // unhashable, as CPython leaves it
}

}  // namespace

// ---- public API ---------------------------------------------------------------------------------
Object* type_alloc(TypeObject* t, intptr_t nitems) {
  size_t size = static_cast<size_t>(t->tp_basicsize + nitems * t->tp_itemsize);
  size = (size + 7) & ~static_cast<size_t>(7);
  Object* o = static_cast<Object*>(gc_alloc(size));
  o->ob_type = t;
  if (t->tp_itemsize) static_cast<VarObject*>(o)->ob_size = nitems;
  return o;
}

DictObject** instance_dict_ptr(Object* obj) {
  if (is_small_int(obj)) return nullptr;
  TypeObject* t = obj->ob_type;
  intptr_t off = t->tp_dictoffset;
  if (off == 0) return nullptr;
  if (off < 0) {
    intptr_t n = static_cast<VarObject*>(obj)->ob_size;
    if (n < 0) n = -n;
    intptr_t size = (t->tp_basicsize + n * t->tp_itemsize + 7) & ~intptr_t{7};
    off += size;
  }
  return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(obj) + off);
}

Object** instance_weaklist_ptr(Object* obj) {
  if (is_small_int(obj)) return nullptr;
  intptr_t off = obj->ob_type->tp_weaklistoffset;
  if (off <= 0) return nullptr;
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + off);
}

Object* type_lookup(TypeObject* t, StrObject* name) {
  if (name->interned && t->tp_version) {
    CacheEntry& e = g_method_cache[cache_index(t->tp_version, name)];
    if (e.version == t->tp_version && e.name == name) return e.value;
    Object* v = mro_lookup(t, name);
    e.version = t->tp_version;
    e.name = name;
    e.value = v;
    return v;
  }
  return mro_lookup(t, name);
}

void type_modified(TypeObject* t) {
  t->tp_version = g_next_version++;
  if (g_next_version == 0) {
    // Versions wrapped: clear the whole cache so no stale (version, name) pair survives.
    for (auto& e : g_method_cache) e = CacheEntry{};
    g_next_version = 1;
  }
  if (ListObject* subs = t->tp_subclasses)
    for (intptr_t i = 0; i < subs->size; ++i) type_modified(as_type(subs->items[i]));
}

Object* generic_getattr(Object* obj, StrObject* name) {
  TypeObject* tp = type_of(obj);
  Object* descr = type_lookup(tp, name);
  DescrGetFn f = nullptr;
  if (descr) {
    TypeObject* dt = type_of(descr);
    f = dt->tp_descr_get;
    if (f && dt->tp_descr_set) return f(descr, obj, tp);
  }
  if (DictObject** dp = instance_dict_ptr(obj)) {
    if (*dp) {
      Object* v = is_str_exact(name) ? dict_get_str(*dp, name) : dict_get(*dp, name);
      if (v) return v;
    }
  }
  if (f) return f(descr, obj, tp);
  return descr;
}

void generic_setattr(Object* obj, StrObject* name, Object* value) {
  TypeObject* tp = type_of(obj);
  Object* descr = type_lookup(tp, name);
  if (descr) {
    DescrSetFn f = type_of(descr)->tp_descr_set;
    if (f) {
      f(descr, obj, value);
      return;
    }
  }
  DictObject** dp = instance_dict_ptr(obj);
  if (!dp) {
    if (descr)
      raise_fmt(Exc_AttributeError, "'%s' object attribute '%s' is read-only", tp->tp_name,
                str_utf8(name));
    raise_attribute_error(obj, name);
  }
  if (!*dp) {
    if (!value) raise_attribute_error(obj, name);
    *dp = dict_new();
  }
  name = intern_str(name);
  if (value) {
    dict_set_str(*dp, name, value);
  } else if (!dict_del(*dp, name)) {
    raise_attribute_error(obj, name);
  }
}

void type_ready(TypeObject* t) {
  if (type_has(t, TPFLAGS_READY)) return;
  if (!t->ob_type) t->ob_type = &Type_Type;
  if (!t->tp_base && t != &Object_Type) t->tp_base = &Object_Type;
  TypeObject* base = t->tp_base;
  if (base && !type_has(base, TPFLAGS_READY)) type_ready(base);
  if (!t->tp_bases) t->tp_bases = base ? tuple_pack({base}) : Empty_Tuple;
  if (base) {
    if (!t->tp_basicsize) t->tp_basicsize = base->tp_basicsize;
    if (!t->tp_itemsize) t->tp_itemsize = base->tp_itemsize;
    if (!t->tp_dictoffset) t->tp_dictoffset = base->tp_dictoffset;
    if (!t->tp_weaklistoffset) t->tp_weaklistoffset = base->tp_weaklistoffset;
    t->tp_flags |= base->tp_flags &
                   (TPFLAGS_INT_SUBCLASS | TPFLAGS_STR_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS |
                    TPFLAGS_LIST_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BYTES_SUBCLASS |
                    TPFLAGS_TYPE_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_FLOAT_SUBCLASS);
    // Sequence / mapping (pattern matching), as CPython's inherit_patma_flags.
    if (!(t->tp_flags & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)))
      t->tp_flags |= base->tp_flags & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
  }
  if (!type_has(t, TPFLAGS_HEAPTYPE)) t->tp_flags |= TPFLAGS_IMMUTABLETYPE;
  t->tp_dict = dict_new();
  for (const MethodDef* m = t->tp_methods; m && m->name; ++m) {
    Object* d;
    if (m->flags & METH_CLASS) {
      d = new_classmethod_descr(t, m);
    } else if (m->flags & METH_STATIC) {
      d = new_staticmethod(new_builtin_function(m, nullptr));
    } else {
      d = new_method_descr(t, m);
    }
    dict_set_cstr(t->tp_dict, m->name, d);
  }
  for (const GetSetDef* g = t->tp_getset; g && g->name; ++g)
    dict_set_cstr(t->tp_dict, g->name, new_getset_descr(t, g));
  for (const MemberDef* m = t->tp_members; m && m->name; ++m)
    dict_set_cstr(t->tp_dict, m->name, new_member_descr(t, m));
  // Types made only by the runtime (dict_keys, frame, ...): calling them is an error, never
  // the base's constructor; they get no __new__ of their own.
  if (type_has(t, TPFLAGS_DISALLOW_INSTANTIATION)) t->tp_new = nullptr;
  add_slot_wrappers(t);
  if (!dict_get_cstr(t->tp_dict, "__doc__"))
    dict_set_cstr(t->tp_dict, "__doc__", t->tp_doc ? str_from_cstr(t->tp_doc) : Py_None);
  if (base) inherit_slots(t, base);
  if (type_has(t, TPFLAGS_DISALLOW_INSTANTIATION)) t->tp_new = nullptr;  // not inherited either
  t->tp_mro = compute_mro(t);
  if (base) add_subclass(base, t);
  t->tp_flags |= TPFLAGS_READY;
  type_modified(t);
}

Object* new_builtin_function(const MethodDef* def, Object* self, Object* module) {
  auto* f = alloc_object<BuiltinFunctionObject>(&BuiltinFunction_Type);
  f->def = def;
  f->self = self;
  f->module = module;
  return f;
}

void add_functions(DictObject* dict, const MethodDef* defs, Object* module) {
  for (const MethodDef* m = defs; m && m->name; ++m)
    dict_set_cstr(dict, m->name, new_builtin_function(m, nullptr, module));
}

TypeObject* new_static_subtype(const char* name, TypeObject* base, const char*) {
  auto* t = static_cast<TypeObject*>(gc_alloc(sizeof(TypeObject)));
  t->tp_name = name;
  t->tp_base = base;
  t->tp_flags = TPFLAGS_BASETYPE;
  type_ready(t);
  return t;
}

// ---- repr recursion guard -----------------------------------------------------------------------
namespace {
Object** g_repr_stack = nullptr;
intptr_t g_repr_depth = 0, g_repr_cap = 0;
}  // namespace

bool repr_enter(Object* o) {
  for (intptr_t i = 0; i < g_repr_depth; ++i)
    if (g_repr_stack[i] == o) return false;
  if (g_repr_depth == g_repr_cap) {
    intptr_t ncap = g_repr_cap ? g_repr_cap * 2 : 16;
    Object** n = static_cast<Object**>(gc_alloc(sizeof(Object*) * ncap));
    for (intptr_t i = 0; i < g_repr_depth; ++i) n[i] = g_repr_stack[i];
    g_repr_stack = n;
    g_repr_cap = ncap;
  }
  g_repr_stack[g_repr_depth++] = o;
  return true;
}

void repr_leave(Object* o) {
  for (intptr_t i = g_repr_depth - 1; i >= 0; --i) {
    if (g_repr_stack[i] == o) {
      for (intptr_t j = i; j + 1 < g_repr_depth; ++j) g_repr_stack[j] = g_repr_stack[j + 1];
      --g_repr_depth;
      return;
    }
  }
}

// ---- type and object type objects --------------------------------------------------------------
void init_type_and_object_types() {
  TypeObject* o = &Object_Type;
  o->tp_name = "object";
  o->tp_basicsize = sizeof(Object);
  o->tp_flags = TPFLAGS_BASETYPE;
  o->tp_new = object_new;
  o->tp_init = object_init;
  o->tp_repr = object_repr;
  o->tp_str = object_str;
  o->tp_hash = object_hash;
  o->tp_richcompare = object_richcompare;
  o->tp_getattro = object_getattro;
  o->tp_setattro = object_setattro;
  o->tp_methods = object_methods;
  o->tp_getset = object_getset;
  o->tp_doc = "The base class of the class hierarchy.";

  TypeObject* t = &Type_Type;
  t->tp_name = "type";
  t->tp_basicsize = sizeof(TypeObject);
  t->tp_itemsize = sizeof(MemberDef);  // a class keeps its slot members inline
  // A class's namespace and weak references, where instances of type keep them.
  t->tp_dictoffset = offsetof(TypeObject, tp_dict);
  t->tp_weaklistoffset = offsetof(TypeObject, tp_weaklist);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS;
  t->tp_new = type_tp_new;
  t->tp_init = type_tp_init;
  t->tp_call = type_call;
  t->tp_repr = type_repr;
  t->tp_getattro = type_getattro;
  t->tp_setattro = type_setattro;
  t->tp_getset = type_getset;
  t->nb_or = union_type_or;  // int | None
  t->tp_members = type_members;
  t->tp_methods = type_methods;
  t->tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
}

// Exposed for class creation (classobject.cpp).
TupleObject* type_compute_mro(TypeObject* t) { return compute_mro(t); }
void type_inherit_slots(TypeObject* t, TypeObject* base) { inherit_slots(t, base); }
void type_add_subclass(TypeObject* base, TypeObject* sub) { add_subclass(base, sub); }

}  // namespace slotpy
