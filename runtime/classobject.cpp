// Creating classes: type(name, bases, dict) and the class statement's __build_class__, plus
// super(). (The full __slots__ layout belongs to runtime/slots.cpp.)
#include <cstddef>
#include <string>

#include "runtime/args.h"
#include "runtime/descrobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/funcobject.h"
#include "runtime/listobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TupleObject* type_compute_mro(TypeObject* t);
void type_inherit_slots(TypeObject* t, TypeObject* base);
void type_add_subclass(TypeObject* base, TypeObject* sub);

TypeObject Super_Type;

namespace {

TypeObject* calculate_metaclass(TypeObject* meta, TupleObject* bases) {
  TypeObject* winner = meta;
  for (intptr_t i = 0; i < bases->ob_size; ++i) {
    TypeObject* tmp = type_of(bases->items[i]);
    if (is_subtype(winner, tmp)) continue;
    if (is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    raise_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
        "the metaclasses of all its bases");
  }
  return winner;
}

// The base whose instance layout the new class extends (CPython's best_base/solid_base).
TypeObject* solid_base(TypeObject* t) {
  TypeObject* base = t->tp_base ? solid_base(t->tp_base) : &Object_Type;
  bool extra = t->tp_base && (t->tp_basicsize != t->tp_base->tp_basicsize ||
                              t->tp_itemsize != t->tp_base->tp_itemsize);
  if (extra && type_has(t, TPFLAGS_HEAPTYPE)) {
    // Only the dict/weakref pointers added by a plain class: not a layout of its own.
    intptr_t added = t->tp_basicsize - t->tp_base->tp_basicsize;
    intptr_t plain = (t->tp_dictoffset && !t->tp_base->tp_dictoffset ? 8 : 0) +
                     (t->tp_weaklistoffset && !t->tp_base->tp_weaklistoffset ? 8 : 0);
    if (added == plain) extra = false;
  }
  return extra ? t : base;
}

TypeObject* best_base(TupleObject* bases) {
  TypeObject* base = nullptr;
  TypeObject* winner = nullptr;
  for (intptr_t i = 0; i < bases->ob_size; ++i) {
    Object* b = bases->items[i];
    if (!is_type(b)) raise_type_error("bases must be types");
    TypeObject* bt = static_cast<TypeObject*>(b);
    if (!type_has(bt, TPFLAGS_BASETYPE))
      raise_type_error("type '%s' is not an acceptable base type", bt->tp_name);
    TypeObject* candidate = solid_base(bt);
    if (!winner) {
      winner = candidate;
      base = bt;
    } else if (is_subtype(winner, candidate)) {
      // keep
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      raise_type_error("multiple bases have instance lay-out conflict");
    }
  }
  return base;
}

// The `__dict__` and `__weakref__` attributes of instances of classes that add them.
Object* subtype_get_dict(Object* self) {
  DictObject** p = instance_dict_ptr(self);
  if (!p) raise_attribute_error(self, intern("__dict__"));
  if (!*p) *p = dict_new();
  return *p;
}
void subtype_set_dict(Object* self, Object* value) {
  DictObject** p = instance_dict_ptr(self);
  if (!p) raise_attribute_error(self, intern("__dict__"));
  if (!value) raise_type_error("cannot delete __dict__");
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  *p = static_cast<DictObject*>(value);
}
Object* subtype_get_weakref(Object*) { return Py_None; }  // weak references: not yet
const GetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                       "dictionary for instance variables (if defined)"};
const GetSetDef subtype_weakref_getset = {"__weakref__", subtype_get_weakref, nullptr,
                                          "list of weak references to the object (if defined)"};

Object* caller_module_name() {
  if (g_ts.frame && g_ts.frame->globals) return dict_get_cstr(g_ts.frame->globals, "__name__");
  return nullptr;
}

}  // namespace

Object* type_new_impl(TypeObject* meta, Object* const* args, size_t nargs, TupleObject* kwnames) {
  (void)nargs;
  Object* name = args[0];
  Object* bases_o = args[1];
  Object* dict_o = args[2];
  if (!is_str(name))
    raise_type_error("type.__new__() argument 1 must be str, not %s", type_name(name));
  if (!is_tuple(bases_o))
    raise_type_error("type.__new__() argument 2 must be tuple, not %s", type_name(bases_o));
  if (!is_dict(dict_o))
    raise_type_error("type.__new__() argument 3 must be dict, not %s", type_name(dict_o));
  auto* bases = static_cast<TupleObject*>(bases_o);
  TypeObject* winner = calculate_metaclass(meta, bases);
  if (winner != meta && winner->tp_new != meta->tp_new)
    return winner->tp_new(winner, args, 3, kwnames);
  meta = winner;
  if (bases->ob_size == 0) bases = tuple_pack({&Object_Type});
  TypeObject* base = best_base(bases);

  DictObject* dict = dict_copy(static_cast<DictObject*>(dict_o));
  auto* t = static_cast<TypeObject*>(type_alloc(meta, 0));
  t->ht_name = intern_str(static_cast<StrObject*>(name));
  t->tp_name = str_utf8(t->ht_name);
  t->tp_flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE;
  t->tp_flags |= base->tp_flags &
                 (TPFLAGS_INT_SUBCLASS | TPFLAGS_STR_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS |
                  TPFLAGS_LIST_SUBCLASS | TPFLAGS_DICT_SUBCLASS | TPFLAGS_BYTES_SUBCLASS |
                  TPFLAGS_TYPE_SUBCLASS | TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_FLOAT_SUBCLASS);
  t->tp_base = base;
  t->tp_bases = bases;
  t->tp_dict = dict;

  // __module__, __qualname__, __doc__.
  if (!dict_get_cstr(dict, "__module__")) {
    if (Object* mod = caller_module_name()) dict_set_cstr(dict, "__module__", mod);
  }
  Object* qual = dict_get_cstr(dict, "__qualname__");
  if (qual) {
    if (!is_str(qual))
      raise_type_error("type __qualname__ must be a str, not %s", type_name(qual));
    t->ht_qualname = static_cast<StrObject*>(qual);
    dict_del(dict, intern("__qualname__"));
  } else {
    t->ht_qualname = t->ht_name;
  }
  if (!dict_get_cstr(dict, "__doc__")) dict_set_cstr(dict, "__doc__", Py_None);

  // Special methods that are implicitly static or class methods.
  if (Object* f = dict_get_cstr(dict, "__new__"); f && type_of(f) == &Function_Type)
    dict_set_cstr(dict, "__new__", new_staticmethod(f));
  for (const char* n : {"__init_subclass__", "__class_getitem__"})
    if (Object* f = dict_get_cstr(dict, n); f && type_of(f) == &Function_Type)
      dict_set_cstr(dict, n, new_classmethod(f));
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_get_cstr(dict, "__eq__") && !dict_get_cstr(dict, "__hash__"))
    dict_set_cstr(dict, "__hash__", Py_None);

  // Layout: the base's blob, then the dict and weakref pointers (slots come with issue 4).
  intptr_t off = base->tp_basicsize;
  t->tp_itemsize = base->tp_itemsize;
  t->tp_dictoffset = base->tp_dictoffset;
  t->tp_weaklistoffset = base->tp_weaklistoffset;
  if (!t->tp_dictoffset) {
    t->tp_dictoffset = base->tp_itemsize ? -static_cast<intptr_t>(sizeof(void*)) : off;
    off += sizeof(void*);
    if (!dict_get_cstr(dict, "__dict__"))
      dict_set_cstr(dict, "__dict__", new_getset_descr(t, &subtype_dict_getset));
  }
  if (!t->tp_weaklistoffset && !base->tp_itemsize) {
    t->tp_weaklistoffset = off;
    off += sizeof(void*);
    if (!dict_get_cstr(dict, "__weakref__"))
      dict_set_cstr(dict, "__weakref__", new_getset_descr(t, &subtype_weakref_getset));
  }
  t->tp_basicsize = off;

  t->tp_mro = type_compute_mro(t);
  type_inherit_slots(t, base);
  // Slots not set by the base come from the other bases in the MRO.
  update_slots_from_dict(t);
  t->tp_flags |= TPFLAGS_READY;
  for (intptr_t i = 0; i < bases->ob_size; ++i)
    type_add_subclass(static_cast<TypeObject*>(bases->items[i]), t);
  type_modified(t);

  // __classcell__ gets the new class.
  if (Object* cell = dict_get_cstr(dict, "__classcell__")) {
    if (type_of(cell) != &Cell_Type)
      raise_type_error("__classcell__ must be a nonlocal cell, not %s", type_name(cell));
    static_cast<CellObject*>(cell)->ref = t;
    dict_del(dict, intern("__classcell__"));
  }

  // __set_name__ on the attributes, then the parent's __init_subclass__.
  static StrObject* set_name = intern("__set_name__");
  intptr_t pos = 0;
  Object *k, *v;
  DictObject* snapshot = dict_copy(dict);
  while (dict_next(snapshot, &pos, &k, &v)) {
    Object* f = type_lookup(type_of(v), set_name);
    if (!f) continue;
    Object* a[2] = {t, k};
    call(get_attr(v, set_name), a, 2);
  }
  // super(t, t).__init_subclass__(**kwargs)
  static StrObject* init_sub = intern("__init_subclass__");
  TupleObject* mro = t->tp_mro;
  for (intptr_t i = 1; i < mro->ob_size; ++i) {
    DictObject* d = static_cast<TypeObject*>(mro->items[i])->tp_dict;
    Object* f = d ? dict_get_str(d, init_sub) : nullptr;
    if (!f) continue;
    if (DescrGetFn g = type_of(f)->tp_descr_get) f = g(f, nullptr, t);
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    call(f, args + 3, 0, nkw ? kwnames : nullptr);
    break;
  }
  return t;
}

// ---- super ------------------------------------------------------------------------------------
namespace {

struct SuperObject : Object {
  TypeObject* type;
  Object* obj;
  TypeObject* obj_type;
};

TypeObject* supercheck(TypeObject* type, Object* obj) {
  if (is_type(obj) && is_subtype(static_cast<TypeObject*>(obj), type))
    return static_cast<TypeObject*>(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  static StrObject* cls = intern("__class__");
  Object* c = get_attr_or_null(obj, cls);
  if (c && is_type(c) && c != type_of(obj) && is_subtype(static_cast<TypeObject*>(c), type))
    return static_cast<TypeObject*>(c);
  raise_type_error("super(type, obj): obj must be an instance or subtype of type");
}

Object* super_new(TypeObject* type, Object* const*, size_t, TupleObject*) { return type_alloc(type); }

void super_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("super", kwnames);
  check_nargs("super", nargs, 0, 2);
  auto* s = static_cast<SuperObject*>(self);
  TypeObject* type = nullptr;
  Object* obj = nullptr;
  if (nargs == 0) {
    if (!frame_super_args(&type, &obj)) throw PyError{};
  } else {
    if (!is_type(args[0]))
      raise_type_error("super() argument 1 must be a type, not %s", type_name(args[0]));
    type = static_cast<TypeObject*>(args[0]);
    if (nargs == 2 && args[1] != Py_None) obj = args[1];
  }
  s->type = type;
  s->obj = obj;
  s->obj_type = obj ? supercheck(type, obj) : nullptr;
}

Object* super_getattro(Object* self, StrObject* name) {
  auto* s = static_cast<SuperObject*>(self);
  TypeObject* start = s->obj_type;
  if (start && !str_eq_cstr(name, "__class__")) {
    TupleObject* mro = start->tp_mro;
    intptr_t i = 0;
    for (; i < mro->ob_size; ++i)
      if (mro->items[i] == s->type) break;
    for (++i; i < mro->ob_size; ++i) {
      DictObject* d = static_cast<TypeObject*>(mro->items[i])->tp_dict;
      Object* r = d ? dict_get(d, name) : nullptr;
      if (!r) continue;
      if (DescrGetFn g = type_of(r)->tp_descr_get)
        return g(r, s->obj == start ? nullptr : s->obj, start);
      return r;
    }
  }
  return generic_getattr(self, name);
}

Object* super_repr(Object* self) {
  auto* s = static_cast<SuperObject*>(self);
  if (s->obj_type)
    return str_format_c("<super: <class '%s'>, <%s object>>", s->type ? s->type->tp_name : "NULL",
                        s->obj_type->tp_name);
  return str_format_c("<super: <class '%s'>, NULL>", s->type ? s->type->tp_name : "NULL");
}

Object* super_get_thisclass(Object* self) {
  Object* t = static_cast<SuperObject*>(self)->type;
  return t ? t : Py_None;
}
Object* super_get_self(Object* self) {
  Object* o = static_cast<SuperObject*>(self)->obj;
  return o ? o : Py_None;
}
Object* super_get_self_class(Object* self) {
  Object* o = static_cast<SuperObject*>(self)->obj_type;
  return o ? o : Py_None;
}
const GetSetDef super_getset[] = {
    {"__thisclass__", super_get_thisclass, nullptr, nullptr},
    {"__self__", super_get_self, nullptr, nullptr},
    {"__self_class__", super_get_self_class, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

void init_super_type() {
  TypeObject* t = &Super_Type;
  t->tp_name = "super";
  t->tp_basicsize = sizeof(SuperObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_new = super_new;
  t->tp_init = super_init;
  t->tp_getattro = super_getattro;
  t->tp_repr = super_repr;
  t->tp_getset = super_getset;
}

}  // namespace slotpy
