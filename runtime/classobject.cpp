// Creating classes: type(name, bases, dict) and the class statement's __build_class__, plus
// super(). (The full __slots__ layout belongs to runtime/slots.cpp.)
#include <algorithm>
#include <cstddef>
#include <string>

#include "compiler/symtable.h"
#include "runtime/args.h"
#include "runtime/descrobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
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
  if (!value) {  // CPython 3.11 allows it: the next access starts a new dict
    *p = nullptr;
    return;
  }
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  *p = static_cast<DictObject*>(value);
}
// The first weak reference to the object (stdlib/weakrefmodule.cpp keeps the list), or None.
Object* subtype_get_weakref(Object* self) {
  Object** p = instance_weaklist_ptr(self);
  return p && *p ? *p : Py_None;
}
const GetSetDef subtype_dict_getset = {"__dict__", subtype_get_dict, subtype_set_dict,
                                       "dictionary for instance variables (if defined)"};
const GetSetDef subtype_weakref_getset = {"__weakref__", subtype_get_weakref, nullptr,
                                          "list of weak references to the object (if defined)"};

// ---- __slots__ --------------------------------------------------------------------------------
// Slot names are mangled as the compiler mangles private names (_Py_Mangle).
StrObject* mangle_slot_name(StrObject* cls, StrObject* name) {
  std::string n = str_utf8(name);
  std::string m = compiler::mangle(str_utf8(cls), n);
  return m == n ? name : intern(m.c_str());
}

// What a class statement's __slots__ asks for (CPython's type_new_get_slots and friends, with
// their checks in their order): the sorted, mangled names of the ordinary slots, and whether
// the class adds an instance dict and a weakref pointer.
struct SlotsPlan {
  TupleObject* names = nullptr;
  bool add_dict = false;
  bool add_weak = false;
};

SlotsPlan plan_slots(StrObject* cls_name, TypeObject* base, TupleObject* bases, DictObject* dict) {
  SlotsPlan plan;
  const bool may_add_dict = base->tp_dictoffset == 0;
  const bool may_add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
  Object* slots = dict_get_cstr(dict, "__slots__");
  if (!slots) {
    plan.add_dict = may_add_dict;
    plan.add_weak = may_add_weak;
    plan.names = Empty_Tuple;
    return plan;
  }
  TupleObject* items = is_str(slots) ? tuple_pack({slots}) : tuple_from_iterable(slots);
  intptr_t n = items->ob_size;
  if (n > 0 && base->tp_itemsize != 0)
    raise_type_error("nonempty __slots__ not supported for subtype of '%s'", base->tp_name);
  intptr_t ordinary = 0;
  for (intptr_t i = 0; i < n; ++i) {
    Object* item = items->items[i];
    if (!is_str(item))
      raise_type_error("__slots__ items must be strings, not '%s'", type_name(item));
    auto* name = static_cast<StrObject*>(item);
    if (!str_is_identifier(name)) raise_type_error("__slots__ must be identifiers");
    if (str_eq_cstr(name, "__dict__")) {
      if (!may_add_dict || plan.add_dict)
        raise_type_error("__dict__ slot disallowed: we already got one");
      plan.add_dict = true;
    } else if (str_eq_cstr(name, "__weakref__")) {
      if (!may_add_weak || plan.add_weak)
        raise_type_error(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      plan.add_weak = true;
    } else {
      ++ordinary;
    }
  }
  ListObject* names = list_new(0);
  for (intptr_t i = 0; i < n; ++i) {
    auto* name = static_cast<StrObject*>(items->items[i]);
    if (str_eq_cstr(name, "__dict__") || str_eq_cstr(name, "__weakref__")) continue;
    StrObject* m = mangle_slot_name(cls_name, intern_str(static_cast<StrObject*>(str_exact(name))));
    if (dict_get(dict, m) && !str_eq_cstr(m, "__qualname__") && !str_eq_cstr(m, "__classcell__"))
      raise_fmt(Exc_ValueError, "%s in __slots__ conflicts with class variable", repr_cstr(m));
    list_append(names, m);
  }
  (void)ordinary;
  // Sorted by code point (the layout order).
  std::sort(names->items, names->items + names->size, [](Object* a, Object* b) {
    return str_compare(static_cast<StrObject*>(a), static_cast<StrObject*>(b)) < 0;
  });
  plan.names = list_as_tuple(names);
  // Secondary bases may supply a dict / weakrefs.
  for (intptr_t i = 0; i < bases->ob_size; ++i) {
    auto* b = static_cast<TypeObject*>(bases->items[i]);
    if (b == base) continue;
    if (may_add_dict && b->tp_dictoffset) plan.add_dict = true;
    if (may_add_weak && b->tp_weaklistoffset) plan.add_weak = true;
  }
  return plan;
}

Object* caller_module_name() {
  if (g_ts.frame && g_ts.frame->globals) return dict_get_cstr(g_ts.frame->globals, "__name__");
  return nullptr;
}

}  // namespace

// ---- layout compatibility (__class__ and __bases__ assignment) ----------------------------------
namespace {
// True if `child` has exactly its base's layout (CPython's compatible_with_tp_base).
bool same_layout_as_base(TypeObject* child) {
  TypeObject* parent = child->tp_base;
  return parent && child->tp_basicsize == parent->tp_basicsize &&
         child->tp_itemsize == parent->tp_itemsize &&
         child->tp_dictoffset == parent->tp_dictoffset &&
         child->tp_weaklistoffset == parent->tp_weaklistoffset;
}

// a and b extend the same base: did they add the same slots (CPython's same_slots_added)? Only
// a dict or weakref pointer right after the base's blob is recognised, as in CPython.
bool same_slots_added(TypeObject* a, TypeObject* b) {
  intptr_t size = a->tp_base->tp_basicsize;
  if (a->tp_dictoffset == size && b->tp_dictoffset == size) size += sizeof(void*);
  if (a->tp_weaklistoffset == size && b->tp_weaklistoffset == size) size += sizeof(void*);
  if (!type_has(a, TPFLAGS_HEAPTYPE) || !type_has(b, TPFLAGS_HEAPTYPE)) return false;
  if (a->ht_slots && b->ht_slots) {
    if (!rich_compare_bool(a->ht_slots, b->ht_slots, CMP_EQ)) return false;
    size += sizeof(void*) * tuple_size(static_cast<TupleObject*>(a->ht_slots));
  }
  return size == a->tp_basicsize && size == b->tp_basicsize;
}
}  // namespace

// The MRO of a new class: C3, or what a metaclass's own mro() returns (each entry a class).
TupleObject* mro_internal(TypeObject* t) {
  TypeObject* meta = type_of(t);
  if (meta != &Type_Type) {
    static StrObject* mro_name = intern("mro");
    Object* m = type_lookup(meta, mro_name);
    if (m && m != dict_get_str(Type_Type.tp_dict, mro_name)) {
      TupleObject* r = tuple_from_iterable(call_method(t, mro_name, nullptr, 0));
      for (intptr_t i = 0; i < r->ob_size; ++i)
        if (!is_type(r->items[i]))
          raise_type_error("mro() returned a non-class ('%s')", type_name(r->items[i]));
      return r;
    }
  }
  return type_compute_mro(t);
}

void check_layout_compatible(TypeObject* oldto, TypeObject* newto, const char* attr) {
  TypeObject* newbase = newto;
  TypeObject* oldbase = oldto;
  while (same_layout_as_base(newbase)) newbase = newbase->tp_base;
  while (same_layout_as_base(oldbase)) oldbase = oldbase->tp_base;
  if (newbase != oldbase &&
      (newbase->tp_base != oldbase->tp_base || !same_slots_added(newbase, oldbase)))
    raise_type_error("%s assignment: '%s' object layout differs from '%s'", attr, newto->tp_name,
                     oldto->tp_name);
}

// C.__bases__ = (...): the new bases must give the class the layout it has.
void type_set_bases(Object* self, Object* value) {
  auto* t = static_cast<TypeObject*>(self);
  if (!type_has(t, TPFLAGS_HEAPTYPE))
    raise_type_error("cannot set '__bases__' attribute of immutable type '%s'", t->tp_name);
  if (!value) raise_type_error("cannot delete '__bases__' attribute of immutable type '%s'", t->tp_name);
  if (!is_tuple(value))
    raise_type_error("can only assign tuple to %s.__bases__, not %s", t->tp_name,
                     type_name(value));
  auto* bases = static_cast<TupleObject*>(value);
  if (bases->ob_size == 0)
    raise_type_error("can only assign non-empty tuple to %s.__bases__, not ()", t->tp_name);
  for (intptr_t i = 0; i < bases->ob_size; ++i) {
    Object* b = bases->items[i];
    if (!is_type(b))
      raise_type_error("%s.__bases__ must be tuple of classes, not '%s'", t->tp_name,
                       type_name(b));
    if (is_subtype(static_cast<TypeObject*>(b), t))
      raise_type_error("a __bases__ item causes an inheritance cycle");
  }
  TypeObject* new_base = best_base(bases);
  check_layout_compatible(t->tp_base, new_base, "__bases__");
  TupleObject* old_bases = t->tp_bases;
  TypeObject* old_base = t->tp_base;
  t->tp_bases = bases;
  t->tp_base = new_base;
  try {
    t->tp_mro = mro_internal(t);
  } catch (PyError&) {
    t->tp_bases = old_bases;
    t->tp_base = old_base;
    throw;
  }
  for (intptr_t i = 0; i < bases->ob_size; ++i)
    type_add_subclass(static_cast<TypeObject*>(bases->items[i]), t);
  // Subclasses' MROs include ours.
  if (t->tp_subclasses)
    for (intptr_t i = 0; i < t->tp_subclasses->size; ++i) {
      auto* sub = static_cast<TypeObject*>(t->tp_subclasses->items[i]);
      sub->tp_mro = type_compute_mro(sub);
    }
  type_modified(t);
}

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
  static StrObject* mro_entries = intern("__mro_entries__");
  for (intptr_t i = 0; i < bases->ob_size; ++i)
    if (!is_type(bases->items[i]) && get_attr_or_null(bases->items[i], mro_entries))
      raise_type_error("type() doesn't support MRO entry resolution; use types.new_class()");
  TypeObject* winner = calculate_metaclass(meta, bases);
  if (winner != meta && winner->tp_new != meta->tp_new)
    return winner->tp_new(winner, args, 3, kwnames);
  meta = winner;
  if (bases->ob_size == 0) bases = tuple_pack({&Object_Type});
  TypeObject* base = best_base(bases);

  DictObject* dict = dict_copy(static_cast<DictObject*>(dict_o));
  SlotsPlan plan = plan_slots(static_cast<StrObject*>(name), base, bases, dict);
  const intptr_t nslots = plan.names->ob_size;
  // The slots' member table lives inline after the type object (type is var-sized).
  auto* t = static_cast<TypeObject*>(type_alloc(meta, nslots + 1));
  t->ht_name = intern_str(static_cast<StrObject*>(name));
  t->tp_name = str_utf8(t->ht_name);
  t->tp_flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
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

  // Special methods that are implicitly static or class methods.
  if (Object* f = dict_get_cstr(dict, "__new__"); f && type_of(f) == &Function_Type)
    dict_set_cstr(dict, "__new__", new_staticmethod(f));
  for (const char* n : {"__init_subclass__", "__class_getitem__"})
    if (Object* f = dict_get_cstr(dict, n); f && type_of(f) == &Function_Type)
      dict_set_cstr(dict, n, new_classmethod(f));
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (dict_get_cstr(dict, "__eq__") && !dict_get_cstr(dict, "__hash__"))
    dict_set_cstr(dict, "__hash__", Py_None);

  // Layout (the classic one): the base's blob, one pointer cell per slot in sorted order, then
  // the dict pointer (-8, from the end, for var-sized bases) and the weakref pointer.
  intptr_t off = base->tp_basicsize;
  t->tp_itemsize = base->tp_itemsize;
  t->tp_dictoffset = base->tp_dictoffset;
  t->tp_weaklistoffset = base->tp_weaklistoffset;
  auto* members = reinterpret_cast<MemberDef*>(reinterpret_cast<char*>(t) + meta->tp_basicsize);
  for (intptr_t i = 0; i < nslots; ++i) {
    auto* n = static_cast<StrObject*>(plan.names->items[i]);
    members[i] = MemberDef{str_utf8(n), MEMBER_OBJECT_EX, off, false, nullptr};
    off += sizeof(void*);
  }
  members[nslots] = MemberDef{nullptr, MEMBER_OBJECT, 0, false, nullptr};
  if (plan.add_dict) {
    t->tp_dictoffset = base->tp_itemsize ? -static_cast<intptr_t>(sizeof(void*)) : off;
    off += sizeof(void*);
  }
  if (plan.add_weak) {
    t->tp_weaklistoffset = off;
    off += sizeof(void*);
  }
  t->tp_basicsize = off;
  t->tp_members = members;
  t->ht_slots = dict_get_cstr(dict, "__slots__") ? plan.names : nullptr;
  // __classcell__ gets the new class.
  if (Object* cell = dict_get_cstr(dict, "__classcell__")) {
    if (type_of(cell) != &Cell_Type)
      raise_type_error("__classcell__ must be a nonlocal cell, not %s", repr_cstr(type_of(cell)));
    static_cast<CellObject*>(cell)->ref = t;
    dict_del(dict, intern("__classcell__"));
  }

  // Descriptors, set-default (names already in the namespace win): members in slot order, the
  // __dict__ and __weakref__ getsets of what this class adds, then __doc__.
  for (intptr_t i = 0; i < nslots; ++i) {
    auto* n = static_cast<StrObject*>(plan.names->items[i]);
    if (!dict_get(dict, n)) dict_set(dict, n, new_member_descr(t, &members[i]));
  }
  if (plan.add_dict && !dict_get_cstr(dict, "__dict__"))
    dict_set_cstr(dict, "__dict__", new_getset_descr(t, &subtype_dict_getset));
  if (plan.add_weak && !dict_get_cstr(dict, "__weakref__"))
    dict_set_cstr(dict, "__weakref__", new_getset_descr(t, &subtype_weakref_getset));
  if (!dict_get_cstr(dict, "__doc__")) dict_set_cstr(dict, "__doc__", Py_None);

  t->tp_mro = mro_internal(t);
  // Sequence / mapping for pattern matching: from the first class of the MRO that has either
  // (CPython's inherit_patma_flags); an ABC sets its own with `__abc_tpflags__`, which leaves
  // the class dict (CPython's _abc_init).
  for (intptr_t i = 1; i < t->tp_mro->ob_size; ++i) {
    Object* b = t->tp_mro->items[i];
    if (!is_type(b)) continue;
    uint64_t f = static_cast<TypeObject*>(b)->tp_flags & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
    if (f) {
      t->tp_flags |= f;
      break;
    }
  }
  if (Object* abc_flags = dict_get_cstr(dict, "__abc_tpflags__"); abc_flags && is_int(abc_flags)) {
    if (is_small_int(abc_flags)) {
      t->tp_flags &= ~static_cast<uint64_t>(TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
      t->tp_flags |= static_cast<uint64_t>(small_int_value(abc_flags)) &
                     (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
    }
    dict_del(dict, intern("__abc_tpflags__"));
  }
  type_inherit_slots(t, base);
  // Slots not set by the base come from the other bases in the MRO.
  update_slots_from_dict(t);
  t->tp_flags |= TPFLAGS_READY;
  for (intptr_t i = 0; i < bases->ob_size; ++i)
    type_add_subclass(static_cast<TypeObject*>(bases->items[i]), t);
  type_modified(t);

  // __set_name__ on the attributes, then the parent's __init_subclass__.
  static StrObject* set_name = intern("__set_name__");
  intptr_t pos = 0;
  Object *k, *v;
  DictObject* snapshot = dict_copy(dict);
  while (dict_next(snapshot, &pos, &k, &v)) {
    Object* f = type_lookup(type_of(v), set_name);
    if (!f) continue;
    Object* a[2] = {t, k};
    try {
      call(get_attr(v, set_name), a, 2);
    } catch (PyError&) {  // 3.11 wraps the error, with the original as __cause__
      Object* cause = current_exception();
      clear_exception();
      std::string msg = std::string("Error calling __set_name__ on '") + type_name(v) +
                        "' instance " + repr_cstr(k) + " in '" + t->tp_name + "'";
      Object* err = new_exception_msg(Exc_RuntimeError, msg.c_str());
      as_exc(err)->cause = cause;
      as_exc(err)->suppress_context = true;
      raise(err);
    }
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
