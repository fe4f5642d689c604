// Special-method slots: wrappers for builtin types and generic slot functions for classes
// (slotdefs.h).
#include "runtime/slotdefs.h"

#include <cstddef>

#include "runtime/descrobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/funcobject.h"
#include "runtime/intobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

Object* call_special_kw(Object* self, StrObject* name, Object* const* args, size_t nargs,
                        TupleObject* kwnames);

namespace {

// Calls f(self, *args) where f was found on the type: functions get self prepended without
// creating a bound method; other descriptors are bound first.
Object* call_found(Object* f, Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* ft = type_of(f);
  if (ft == &Function_Type || type_has(ft, TPFLAGS_METHOD_DESCRIPTOR)) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Object* buf[8];
    Object** all = nargs + nkw + 1 <= 8 ? buf
                                        : static_cast<Object**>(gc_alloc(sizeof(Object*) * (nargs + nkw + 1)));
    all[0] = self;
    for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
    return call(f, all, nargs + 1, kwnames);
  }
  if (DescrGetFn get = ft->tp_descr_get) f = get(f, self, type_of(self));
  return call(f, args, nargs, kwnames);
}

Object* lookup(Object* self, StrObject* name) { return type_lookup(type_of(self), name); }

#define SLOTPY_NAME_(var, text) \
  static StrObject* var = intern(text)

Object* call1s(Object* self, StrObject* name) {
  Object* f = lookup(self, name);
  if (!f) raise_attribute_error(self, name);
  return call_found(f, self, nullptr, 0, nullptr);
}

// ---- generic slot functions -------------------------------------------------------------------
Object* slot_tp_repr(Object* self) {
  SLOTPY_NAME_(n, "__repr__");
  return call1s(self, n);
}
Object* slot_tp_str(Object* self) {
  SLOTPY_NAME_(n, "__str__");
  return call1s(self, n);
}
intptr_t slot_tp_hash(Object* self) {
  SLOTPY_NAME_(n, "__hash__");
  Object* f = lookup(self, n);
  if (!f || f == Py_None) raise_type_error("unhashable type: '%s'", type_name(self));
  Object* r = call_found(f, self, nullptr, 0, nullptr);
  if (!is_int(r)) raise_type_error("__hash__ method should return an integer");
  intptr_t h;
  if (!int_to_intptr(r, &h)) h = int_hash(r);
  return h == -1 ? -2 : h;
}
Object* slot_tp_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_NAME_(n, "__call__");
  Object* f = lookup(self, n);
  if (!f) raise_type_error("'%s' object is not callable", type_name(self));
  return call_found(f, self, args, nargs, kwnames);
}
Object* slot_tp_getattr_hook(Object* self, StrObject* name) {
  SLOTPY_NAME_(ga, "__getattribute__");
  SLOTPY_NAME_(gattr, "__getattr__");
  Object* getattribute = lookup(self, ga);
  Object* getattr = lookup(self, gattr);
  Object* r = nullptr;
  bool generic = type_of(getattribute) == &WrapperDescr_Type &&
                 static_cast<SlotWrapperObject*>(getattribute)->objclass == &Object_Type;
  if (generic) {
    try {
      r = generic_getattr(self, name);
    } catch (PyError&) {  // e.g. an unset slot's member descriptor
      if (!getattr || !exception_matches(Exc_AttributeError)) throw;
      clear_exception();
    }
  } else {
    Object* arg = name;
    try {
      r = call_found(getattribute, self, &arg, 1, nullptr);
    } catch (PyError&) {
      if (!getattr || !exception_matches(Exc_AttributeError)) throw;
      clear_exception();
    }
  }
  if (!r && getattr) {
    Object* arg = name;
    return call_found(getattr, self, &arg, 1, nullptr);
  }
  return r;
}
void slot_tp_setattro(Object* self, StrObject* name, Object* value) {
  SLOTPY_NAME_(sa, "__setattr__");
  SLOTPY_NAME_(da, "__delattr__");
  if (value) {
    Object* args[2] = {name, value};
    call_found(lookup(self, sa), self, args, 2, nullptr);
  } else {
    Object* arg = name;
    call_found(lookup(self, da), self, &arg, 1, nullptr);
  }
}
Object* slot_tp_richcompare(Object* self, Object* other, int op) {
  static StrObject* names[6] = {intern("__lt__"), intern("__le__"), intern("__eq__"),
                                intern("__ne__"), intern("__gt__"), intern("__ge__")};
  Object* f = lookup(self, names[op]);
  if (!f) return Py_NotImplemented;
  return call_found(f, self, &other, 1, nullptr);
}
Object* slot_tp_iter(Object* self) {
  SLOTPY_NAME_(n, "__iter__");
  Object* f = lookup(self, n);
  if (!f || f == Py_None) raise_type_error("'%s' object is not iterable", type_name(self));
  return call_found(f, self, nullptr, 0, nullptr);
}
Object* slot_tp_iternext(Object* self) {
  SLOTPY_NAME_(n, "__next__");
  Object* f = lookup(self, n);
  if (!f) raise_type_error("'%s' object is not an iterator", type_name(self));
  try {
    return call_found(f, self, nullptr, 0, nullptr);
  } catch (PyError&) {
    if (!exception_matches(Exc_StopIteration)) throw;
    clear_exception();
    return nullptr;
  }
}
Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
  SLOTPY_NAME_(n, "__get__");
  Object* f = lookup(self, n);
  if (!f) return self;
  Object* args[2] = {obj ? obj : Py_None, type ? type : Py_None};
  return call_found(f, self, args, 2, nullptr);
}
void slot_tp_descr_set(Object* self, Object* obj, Object* value) {
  SLOTPY_NAME_(s, "__set__");
  SLOTPY_NAME_(d, "__delete__");
  if (value) {
    Object* f = lookup(self, s);
    if (!f) raise_fmt(Exc_AttributeError, "__set__");
    Object* args[2] = {obj, value};
    call_found(f, self, args, 2, nullptr);
  } else {
    Object* f = lookup(self, d);
    if (!f) raise_fmt(Exc_AttributeError, "__delete__");
    call_found(f, self, &obj, 1, nullptr);
  }
}
void slot_tp_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_NAME_(n, "__init__");
  Object* r = call_found(lookup(self, n), self, args, nargs, kwnames);
  if (r != Py_None)
    raise_type_error("__init__() should return None, not '%s'", type_name(r));
}
Object* slot_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  SLOTPY_NAME_(n, "__new__");
  Object* f = get_attr(type, n);  // a staticmethod: plain function after binding
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  Object** all = static_cast<Object**>(gc_alloc(sizeof(Object*) * (nargs + nkw + 1)));
  all[0] = type;
  for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
  return call(f, all, nargs + 1, kwnames);
}
intptr_t slot_mp_length(Object* self) {
  SLOTPY_NAME_(n, "__len__");
  Object* r = call1s(self, n);
  if (!is_int(r))
    raise_type_error("'%s' object cannot be interpreted as an integer", type_name(r));
  if (int_sign(r) < 0) raise_value_error("__len__() should return >= 0");
  intptr_t v;
  if (!int_to_intptr(r, &v))
    raise_overflow_error("cannot fit 'int' into an index-sized integer");
  return v;
}
Object* slot_mp_subscript(Object* self, Object* key) {
  SLOTPY_NAME_(n, "__getitem__");
  Object* f = lookup(self, n);
  if (!f) raise_type_error("'%s' object is not subscriptable", type_name(self));
  return call_found(f, self, &key, 1, nullptr);
}
void slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
  SLOTPY_NAME_(s, "__setitem__");
  SLOTPY_NAME_(d, "__delitem__");
  if (value) {
    Object* f = lookup(self, s);
    if (!f) raise_type_error("'%s' object does not support item assignment", type_name(self));
    Object* args[2] = {key, value};
    call_found(f, self, args, 2, nullptr);
  } else {
    Object* f = lookup(self, d);
    if (!f) raise_type_error("'%s' object does not support item deletion", type_name(self));
    call_found(f, self, &key, 1, nullptr);
  }
}
int slot_sq_contains(Object* self, Object* value) {
  SLOTPY_NAME_(n, "__contains__");
  Object* f = lookup(self, n);
  if (f == Py_None) raise_type_error("'%s' object is not a container", type_name(self));
  if (!f) raise_type_error("argument of type '%s' is not iterable", type_name(self));
  return is_true(call_found(f, self, &value, 1, nullptr));
}
int slot_nb_bool(Object* self) {
  SLOTPY_NAME_(n, "__bool__");
  SLOTPY_NAME_(l, "__len__");
  Object* f = lookup(self, n);
  if (!f) {
    Object* lf = lookup(self, l);
    if (!lf) return 1;
    return slot_mp_length(self) != 0;
  }
  Object* r = call_found(f, self, nullptr, 0, nullptr);
  if (!is_bool(r))
    raise_type_error("__bool__ should return bool, returned %s", type_name(r));
  return r == Py_True;
}

template <const char* Name>
Object* slot_unary(Object* self) {
  static StrObject* n = intern(Name);
  return call1s(self, n);
}

// CPython's SLOT1BINFULL: the left operand's method, or the right operand's reflected one, with
// the subclass-first rule.
bool method_is_overloaded(TypeObject* left, TypeObject* right, StrObject* name) {
  Object* b = type_lookup(right, name);
  if (!b) return false;
  Object* a = type_lookup(left, name);
  return a != b;
}

template <size_t Off, const char* Name, const char* RName>
Object* slot_binary(Object* self, Object* other) {
  static StrObject* n = intern(Name);
  static StrObject* rn = intern(RName);
  auto slot_of = [](TypeObject* t) { return *reinterpret_cast<void**>(reinterpret_cast<char*>(t) + Off); };
  void* me = reinterpret_cast<void*>(&slot_binary<Off, Name, RName>);
  TypeObject* ta = type_of(self);
  TypeObject* tb = type_of(other);
  bool do_other = ta != tb && slot_of(tb) == me;
  if (slot_of(ta) == me) {
    if (do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, rn)) {
      Object* f = type_lookup(tb, rn);
      Object* r = call_found(f, other, &self, 1, nullptr);
      if (r != Py_NotImplemented) return r;
      do_other = false;
    }
    Object* f = type_lookup(ta, n);
    if (f) {
      Object* r = call_found(f, self, &other, 1, nullptr);
      if (r != Py_NotImplemented || ta == tb) return r;
    }
  }
  if (do_other) {
    Object* f = type_lookup(tb, rn);
    if (f) return call_found(f, other, &self, 1, nullptr);
  }
  return Py_NotImplemented;
}

template <const char* Name>
Object* slot_inplace(Object* self, Object* other) {
  static StrObject* n = intern(Name);
  Object* f = lookup(self, n);
  if (!f) return Py_NotImplemented;
  return call_found(f, self, &other, 1, nullptr);
}

Object* slot_nb_power(Object* self, Object* other, Object* mod) {
  SLOTPY_NAME_(n, "__pow__");
  SLOTPY_NAME_(rn, "__rpow__");
  TypeObject* ta = type_of(self);
  TypeObject* tb = type_of(other);
  bool self_is_me = ta->nb_power == slot_nb_power;
  bool do_other = ta != tb && tb->nb_power == slot_nb_power;
  if (mod != Py_None) {
    if (!self_is_me) return Py_NotImplemented;
    Object* f = type_lookup(ta, n);
    if (!f) return Py_NotImplemented;
    Object* args[2] = {other, mod};
    return call_found(f, self, args, 2, nullptr);
  }
  if (self_is_me) {
    if (do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, rn)) {
      Object* r = call_found(type_lookup(tb, rn), other, &self, 1, nullptr);
      if (r != Py_NotImplemented) return r;
      do_other = false;
    }
    Object* f = type_lookup(ta, n);
    if (f) {
      Object* r = call_found(f, self, &other, 1, nullptr);
      if (r != Py_NotImplemented || ta == tb) return r;
    }
  }
  if (do_other) {
    Object* f = type_lookup(tb, rn);
    if (f) return call_found(f, other, &self, 1, nullptr);
  }
  return Py_NotImplemented;
}
Object* slot_nb_inplace_power(Object* self, Object* other, Object*) {
  SLOTPY_NAME_(n, "__ipow__");
  Object* f = lookup(self, n);
  if (!f) return Py_NotImplemented;
  return call_found(f, self, &other, 1, nullptr);
}

intptr_t hash_not_implemented(Object* self) {
  raise_type_error("unhashable type: '%s'", type_name(self));
}

#define SLOTPY_DUNDER_STR_(name) constexpr char k##name[] = #name;
SLOTPY_DUNDER_STR_(__neg__) SLOTPY_DUNDER_STR_(__pos__) SLOTPY_DUNDER_STR_(__abs__)
SLOTPY_DUNDER_STR_(__invert__) SLOTPY_DUNDER_STR_(__int__) SLOTPY_DUNDER_STR_(__float__)
SLOTPY_DUNDER_STR_(__index__)
#define SLOTPY_BIN_NAMES_(name, sym, isym, d, rd, id) \
  SLOTPY_DUNDER_STR_(d) SLOTPY_DUNDER_STR_(rd) SLOTPY_DUNDER_STR_(id)
SLOTPY_BINARY_OP_TABLE(SLOTPY_BIN_NAMES_)
SLOTPY_DUNDER_STR_(__divmod__) SLOTPY_DUNDER_STR_(__rdivmod__)
#undef SLOTPY_BIN_NAMES_

// The generic function of each slot field.
void* generic_for(size_t offset) {
#define SLOTPY_G_(field, fn) \
  if (offset == offsetof(TypeObject, field)) return reinterpret_cast<void*>(fn);
  SLOTPY_G_(tp_repr, slot_tp_repr)
  SLOTPY_G_(tp_str, slot_tp_str)
  SLOTPY_G_(tp_hash, slot_tp_hash)
  SLOTPY_G_(tp_call, slot_tp_call)
  SLOTPY_G_(tp_getattro, slot_tp_getattr_hook)
  SLOTPY_G_(tp_setattro, slot_tp_setattro)
  SLOTPY_G_(tp_richcompare, slot_tp_richcompare)
  SLOTPY_G_(tp_iter, slot_tp_iter)
  SLOTPY_G_(tp_iternext, slot_tp_iternext)
  SLOTPY_G_(tp_descr_get, slot_tp_descr_get)
  SLOTPY_G_(tp_descr_set, slot_tp_descr_set)
  SLOTPY_G_(tp_init, slot_tp_init)
  SLOTPY_G_(tp_new, slot_tp_new)
  SLOTPY_G_(mp_length, slot_mp_length)
  SLOTPY_G_(mp_subscript, slot_mp_subscript)
  SLOTPY_G_(mp_ass_subscript, slot_mp_ass_subscript)
  SLOTPY_G_(sq_contains, slot_sq_contains)
  SLOTPY_G_(nb_bool, slot_nb_bool)
  SLOTPY_G_(nb_negative, slot_unary<k__neg__>)
  SLOTPY_G_(nb_positive, slot_unary<k__pos__>)
  SLOTPY_G_(nb_absolute, slot_unary<k__abs__>)
  SLOTPY_G_(nb_invert, slot_unary<k__invert__>)
  SLOTPY_G_(nb_int, slot_unary<k__int__>)
  SLOTPY_G_(nb_float, slot_unary<k__float__>)
  SLOTPY_G_(nb_index, slot_unary<k__index__>)
  SLOTPY_G_(nb_power, slot_nb_power)
  SLOTPY_G_(nb_inplace_power, slot_nb_inplace_power)
  SLOTPY_G_(nb_divmod, (slot_binary<offsetof(TypeObject, nb_divmod), k__divmod__, k__rdivmod__>))
#define SLOTPY_BIN_G_(name, sym, isym, d, rd, id)                                   \
  SLOTPY_G_(nb_##name, (slot_binary<offsetof(TypeObject, nb_##name), k##d, k##rd>)) \
  SLOTPY_G_(nb_inplace_##name, slot_inplace<k##id>)
  SLOTPY_BINARY_OP_TABLE(SLOTPY_BIN_G_)
#undef SLOTPY_BIN_G_
#undef SLOTPY_G_
  return nullptr;
}

void*& slot_field(TypeObject* t, size_t offset) {
  return *reinterpret_cast<void**>(reinterpret_cast<char*>(t) + offset);
}

}  // namespace

SlotDef g_slotdefs[] = {
#define SLOTPY_SLOTDEF_ENTRY_(name, field, kind, op) \
  {#name, offsetof(TypeObject, field), SlotKind::kind, op, nullptr, nullptr},
    SLOTPY_SLOTDEFS(SLOTPY_SLOTDEF_ENTRY_)
#undef SLOTPY_SLOTDEF_ENTRY_
};
const int g_slotdef_count = sizeof(g_slotdefs) / sizeof(g_slotdefs[0]);

void init_slotdefs() {
  for (int i = 0; i < g_slotdef_count; ++i) {
    g_slotdefs[i].interned = intern(g_slotdefs[i].name);
    g_slotdefs[i].generic = generic_for(g_slotdefs[i].offset);
  }
}

namespace {
Object* tp_new_wrapper(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* type = static_cast<TypeObject*>(self);
  if (nargs < 1) raise_type_error("%s.__new__(): not enough arguments", type->tp_name);
  Object* sub = args[0];
  if (!is_type(sub))
    raise_type_error("%s.__new__(X): X is not a type object (%s)", type->tp_name, type_name(sub));
  auto* subtype = static_cast<TypeObject*>(sub);
  if (!type->tp_new) raise_type_error("cannot create '%s' instances", type->tp_name);
  if (!is_subtype(subtype, type))
    raise_type_error("%s.__new__(%s): %s is not a subtype of %s", type->tp_name,
                     subtype->tp_name, subtype->tp_name, type->tp_name);
  // The most derived builtin base of subtype must be created by this __new__ (CPython:
  // object.__new__(int) would skip int's own construction).
  TypeObject* staticbase = subtype;
  while (staticbase && type_has(staticbase, TPFLAGS_HEAPTYPE)) staticbase = staticbase->tp_base;
  if (staticbase && staticbase->tp_new != type->tp_new)
    raise_type_error("%s.__new__(%s) is not safe, use %s.__new__()", type->tp_name,
                     subtype->tp_name, staticbase->tp_name);
  return type->tp_new(subtype, args + 1, nargs - 1, kwnames);
}
const MethodDef tp_new_def = {"__new__", tp_new_wrapper, METH_DEFAULT,
                              "Create and return a new object.  See help(type) for accurate signature."};
}  // namespace

void add_slot_wrappers(TypeObject* t) {
  for (int i = 0; i < g_slotdef_count; ++i) {
    const SlotDef& s = g_slotdefs[i];
    void* fn = slot_field(t, s.offset);
    if (!fn) continue;
    if (dict_get_str(t->tp_dict, s.interned)) continue;
    if (s.kind == SlotKind::GetAttr) continue;
    if (s.kind == SlotKind::New) {
      dict_set_str(t->tp_dict, s.interned, new_builtin_function(&tp_new_def, t));
      continue;
    }
    if (s.kind == SlotKind::Hash && fn == reinterpret_cast<void*>(hash_not_implemented)) {
      dict_set_str(t->tp_dict, s.interned, Py_None);
      continue;
    }
    dict_set_str(t->tp_dict, s.interned, new_slot_wrapper(t, &s, fn));
  }
}

void update_slots_from_dict(TypeObject* t) {
  // For each slot field: generic if any of its dunders resolves to something other than a
  // builtin wrapper of that same slot; the builtin function if it resolves to a wrapper;
  // nothing otherwise.
  for (int i = 0; i < g_slotdef_count;) {
    size_t off = g_slotdefs[i].offset;
    int j = i;
    void* builtin = nullptr;
    bool python = false;
    bool any = false;
    bool hash_none = false;
    for (; j < g_slotdef_count && g_slotdefs[j].offset == off; ++j) {
      const SlotDef& s = g_slotdefs[j];
      Object* d = type_lookup(t, s.interned);
      if (!d) continue;
      any = true;
      if (type_of(d) == &WrapperDescr_Type &&
          static_cast<SlotWrapperObject*>(d)->slot->offset == off) {
        if (!builtin) builtin = static_cast<SlotWrapperObject*>(d)->fn;
      } else if (s.kind == SlotKind::New && type_of(d) == &BuiltinFunction_Type &&
                 static_cast<BuiltinFunctionObject*>(d)->def == &tp_new_def) {
        builtin = reinterpret_cast<void*>(static_cast<TypeObject*>(
            static_cast<BuiltinFunctionObject*>(d)->self)->tp_new);
      } else if (s.kind == SlotKind::Hash && d == Py_None) {
        hash_none = true;
      } else {
        python = true;
      }
    }
    void* value = nullptr;
    if (hash_none) value = reinterpret_cast<void*>(hash_not_implemented);
    else if (python) value = g_slotdefs[i].generic;
    else if (builtin) value = builtin;
    if (any || !type_has(t, TPFLAGS_HEAPTYPE)) slot_field(t, off) = value;
    else slot_field(t, off) = nullptr;
    i = j;
  }
}

Object* call_special(Object* self, StrObject* name, Object* const* args, size_t nargs) {
  Object* f = type_lookup(type_of(self), name);
  if (!f) return nullptr;
  return call_found(f, self, args, nargs, nullptr);
}

Object* call_special_kw(Object* self, StrObject* name, Object* const* args, size_t nargs,
                        TupleObject* kwnames) {
  Object* f = type_lookup(type_of(self), name);
  if (!f) return nullptr;
  return call_found(f, self, args, nargs, kwnames);
}

HashFn g_hash_not_implemented = hash_not_implemented;

}  // namespace slotpy
