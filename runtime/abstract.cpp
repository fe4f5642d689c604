// The generic object protocol (object.h): what `repr(x)`, `x + y`, `x[k]`, `iter(x)`, `f(*a)`
// mean for any object, dispatched through the type's slots with CPython's fallbacks and errors.
#include <cstring>
#include <string>

#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/frame.h"
#include "runtime/funcobject.h"
#include "runtime/genericalias.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/mappingproxy.h"
#include "runtime/object.h"
#include "runtime/rangeobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {


Object* repr(Object* o) {
  UnaryFn f = type_of(o)->tp_repr;
  RecursionGuard guard(" while getting the repr of an object");
  Object* r = f(o);
  if (!is_str(r)) raise_type_error("__repr__ returned non-string (type %s)", type_name(r));
  return r;
}

Object* str(Object* o) {
  if (is_str_exact(o)) return o;
  UnaryFn f = type_of(o)->tp_str;
  if (!f) return repr(o);
  RecursionGuard guard(" while getting the str of an object");
  Object* r = f(o);
  if (!is_str(r)) raise_type_error("__str__ returned non-string (type %s)", type_name(r));
  return r;
}

const char* repr_cstr(Object* o) { return str_utf8(static_cast<StrObject*>(repr(o))); }

intptr_t hash(Object* o) {
  if (is_small_int(o)) {
    intptr_t v = small_int_value(o);
    if (v >= 0 && v < ((intptr_t{1} << 61) - 1)) return v;
    return int_hash(o);
  }
  HashFn f = o->ob_type->tp_hash;
  if (!f) raise_type_error("unhashable type: '%s'", type_name(o));
  return f(o);
}

bool is_true(Object* o) {
  if (o == Py_True) return true;
  if (o == Py_False || o == Py_None) return false;
  if (is_small_int(o)) return small_int_value(o) != 0;
  TypeObject* t = o->ob_type;
  if (t->nb_bool) return t->nb_bool(o) != 0;
  if (t->mp_length) return t->mp_length(o) != 0;
  return true;
}

namespace {
const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
const int kSwapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
}  // namespace

Object* rich_compare(Object* a, Object* b, int op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta) && tb->tp_richcompare) {
    checked_reverse = true;
    Object* r = tb->tp_richcompare(b, a, kSwapped[op]);
    if (r != Py_NotImplemented) return r;
  }
  if (ta->tp_richcompare) {
    Object* r = ta->tp_richcompare(a, b, op);
    if (r != Py_NotImplemented) return r;
  }
  if (!checked_reverse && tb->tp_richcompare) {
    Object* r = tb->tp_richcompare(b, a, kSwapped[op]);
    if (r != Py_NotImplemented) return r;
  }
  if (op == CMP_EQ) return py_bool(a == b);
  if (op == CMP_NE) return py_bool(a != b);
  raise_type_error("'%s' not supported between instances of '%s' and '%s'", kCmpSymbols[op],
                   ta->tp_name, tb->tp_name);
}

bool rich_compare_bool(Object* a, Object* b, int op) {
  if (a == b) {
    if (op == CMP_EQ) return true;
    if (op == CMP_NE) return false;
  }
  if (is_small_int(a) && is_small_int(b)) {
    intptr_t x = small_int_value(a), y = small_int_value(b);
    switch (op) {
      case CMP_LT: return x < y;
      case CMP_LE: return x <= y;
      case CMP_EQ: return x == y;
      case CMP_NE: return x != y;
      case CMP_GT: return x > y;
      default: return x >= y;
    }
  }
  Object* r = rich_compare(a, b, op);
  if (r == Py_True) return true;
  if (r == Py_False) return false;
  return is_true(r);
}

bool eq(Object* a, Object* b) { return rich_compare_bool(a, b, CMP_EQ); }

Object* get_attr(Object* o, StrObject* name) {
  GetAttrFn f = type_of(o)->tp_getattro;
  Object* r = f ? f(o, name) : nullptr;
  if (!r) raise_attribute_error(o, name);
  return r;
}

Object* get_attr_or_null(Object* o, StrObject* name) {
  try {
    GetAttrFn f = type_of(o)->tp_getattro;
    return f ? f(o, name) : nullptr;
  } catch (PyError&) {
    if (!exception_matches(Exc_AttributeError)) throw;
    clear_exception();
    return nullptr;
  }
}

Object* get_attr_cstr(Object* o, const char* name) { return get_attr(o, intern(name)); }

void set_attr(Object* o, StrObject* name, Object* value) {
  SetAttrFn f = type_of(o)->tp_setattro;
  if (!f) {
    if (type_of(o)->tp_getattro)
      raise_fmt(Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(o),
                str_utf8(name));
    raise_type_error("'%s' object has no attributes (assign to .%s)", type_name(o), str_utf8(name));
  }
  f(o, name, value);
}

void del_attr(Object* o, StrObject* name) {
  SetAttrFn f = type_of(o)->tp_setattro;
  if (!f) raise_attribute_error(o, name);
  f(o, name, nullptr);
}

Object* get_item(Object* o, Object* key) {
  TypeObject* t = type_of(o);
  if (t->mp_subscript) return t->mp_subscript(o, key);
  if (is_type(o)) {
    if (o == &Type_Type) return generic_alias_new(o, key);  // type[int], as CPython
    static StrObject* cgi = intern("__class_getitem__");
    Object* f = get_attr_or_null(o, cgi);
    if (f) return call1(f, key);
    raise_type_error("type '%s' is not subscriptable", static_cast<TypeObject*>(o)->tp_name);
  }
  raise_type_error("'%s' object is not subscriptable", t->tp_name);
}

void set_item(Object* o, Object* key, Object* value) {
  TypeObject* t = type_of(o);
  if (!t->mp_ass_subscript)
    raise_type_error("'%s' object does not support item assignment", t->tp_name);
  t->mp_ass_subscript(o, key, value);
}

void del_item(Object* o, Object* key) {
  TypeObject* t = type_of(o);
  if (!t->mp_ass_subscript) {
    // CPython says "doesn't" only for a sequence type given an index.
    bool seq = t->mp_subscript && t != &MappingProxy_Type && (is_int(key) || type_of(key)->nb_index);
    raise_type_error(seq ? "'%s' object doesn't support item deletion"
                         : "'%s' object does not support item deletion",
                     t->tp_name);
  }
  t->mp_ass_subscript(o, key, nullptr);
}

bool contains(Object* container, Object* item) {
  TypeObject* t = type_of(container);
  if (t->sq_contains) return t->sq_contains(container, item) != 0;
  // Fall back to iteration.
  if (!t->tp_iter && !t->mp_subscript)
    raise_type_error("argument of type '%s' is not iterable", t->tp_name);
  Object* it = get_iter(container);
  while (Object* v = iter_next(it))
    if (v == item || eq(v, item)) return true;
  return false;
}

intptr_t length_hint(Object* o, intptr_t dflt) {
  if (type_of(o)->mp_length) {
    try {
      return length(o);
    } catch (PyError&) {
      if (!exception_matches(Exc_TypeError)) throw;
      clear_exception();
    }
  }
  static StrObject* lh = intern("__length_hint__");
  Object* r;
  try {
    r = call_special(o, lh, nullptr, 0);
  } catch (PyError&) {
    if (!exception_matches(Exc_TypeError)) throw;
    clear_exception();
    return dflt;
  }
  if (!r || r == Py_NotImplemented) return dflt;
  if (!is_int(r)) raise_type_error("__length_hint__ must be an integer, not %s", type_name(r));
  intptr_t n = int_as_intptr(r);
  if (n < 0) raise_value_error("__length_hint__() should return >= 0");
  return n;
}

intptr_t builtin_iter_remaining(Object* it) {
  TypeObject* t = type_of(it);
  if (t == &ListIter_Type) {
    auto* li = static_cast<ListIterObject*>(it);
    return li->seq ? (li->seq->size > li->index ? li->seq->size - li->index : 0) : 0;
  }
  if (t == &TupleIter_Type) {
    auto* ti = static_cast<TupleIterObject*>(it);
    return ti->seq ? (ti->seq->ob_size > ti->index ? ti->seq->ob_size - ti->index : 0) : 0;
  }
  if (t == &RangeIter_Type) return static_cast<RangeIterObject*>(it)->remaining;
  return -1;
}

intptr_t length(Object* o) {
  LenFn f = type_of(o)->mp_length;
  if (!f) raise_type_error("object of type '%s' has no len()", type_name(o));
  return f(o);
}

// ---- the old sequence protocol: iteration by __getitem__ from 0 until IndexError ----------------
namespace {
struct SeqIterObject : Object {
  Object* seq;  // nullptr when exhausted
  intptr_t index;
};
TypeObject SeqIter_Type;
Object* seqiter_iter(Object* self) { return self; }
Object* seqiter_next(Object* self) {
  auto* it = static_cast<SeqIterObject*>(self);
  if (!it->seq) return nullptr;
  try {
    Object* v = get_item(it->seq, make_small_int(it->index));
    ++it->index;
    return v;
  } catch (PyError&) {
    if (exception_matches(Exc_IndexError) || exception_matches(Exc_StopIteration)) {
      clear_exception();
      it->seq = nullptr;
      return nullptr;
    }
    throw;
  }
}
}  // namespace

void init_seqiter_type() {
  SeqIter_Type.tp_name = "iterator";
  SeqIter_Type.tp_basicsize = sizeof(SeqIterObject);
  SeqIter_Type.tp_iter = seqiter_iter;
  SeqIter_Type.tp_iternext = seqiter_next;
}
TypeObject* seqiter_type() { return &SeqIter_Type; }

Object* get_iter(Object* o) {
  TypeObject* t = type_of(o);
  if (t->tp_iter) {
    Object* it = t->tp_iter(o);
    if (!type_of(it)->tp_iternext)
      raise_type_error("iter() returned non-iterator of type '%s'", type_name(it));
    return it;
  }
  if (t->mp_subscript && !type_has(t, TPFLAGS_DICT_SUBCLASS)) {
    auto* it = alloc_object<SeqIterObject>(&SeqIter_Type);
    it->seq = o;
    return it;
  }
  raise_type_error("'%s' object is not iterable", t->tp_name);
}

Object* iter_next(Object* it) {
  IterNextFn f = type_of(it)->tp_iternext;
  if (!f) raise_type_error("'%s' object is not an iterator", type_name(it));
  return f(it);
}

// ---- calls ---------------------------------------------------------------------------------------
Object* call(Object* f, Object* const* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = type_of(f);
  if (t == &Function_Type) return function_call(f, args, nargs, kwnames);
  CallFn c = t->tp_call;
  if (!c) raise_type_error("'%s' object is not callable", t->tp_name);
  // Calling a class checks no depth (as CPython's vectorcall of types); anything else counts as
  // one level, with CPython's message.
  if (type_has(t, TPFLAGS_TYPE_SUBCLASS)) return c(f, args, nargs, kwnames);
  RecursionGuard guard(" while calling a Python object");
  return c(f, args, nargs, kwnames);
}

Object* call0(Object* f) { return call(f, nullptr, 0); }
Object* call1(Object* f, Object* a) { return call(f, &a, 1); }
Object* call2(Object* f, Object* a, Object* b) {
  Object* args[2] = {a, b};
  return call(f, args, 2);
}

Object* call_method(Object* self, StrObject* name, Object* const* args, size_t nargs) {
  return call(get_attr(self, name), args, nargs);
}

Object* call_method_cstr(Object* self, const char* name, Object* const* args, size_t nargs) {
  return call_method(self, intern(name), args, nargs);
}

Object* number_index(Object* o) {
  if (is_small_int(o)) return o;
  if (is_int(o)) return type_of(o) == &Int_Type ? o : int_normalize(o);  // True -> 1
  UnaryFn f = type_of(o)->nb_index;
  if (!f)
    raise_type_error("'%s' object cannot be interpreted as an integer", type_name(o));
  Object* r = f(o);
  if (!is_int(r))
    raise_type_error("__index__ returned non-int (type %s)", type_name(r));
  return r;
}

intptr_t index_value(Object* o) {
  if (is_small_int(o)) return small_int_value(o);
  Object* i = number_index(o);
  intptr_t v;
  if (!int_to_intptr(i, &v))
    raise_fmt(Exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(o));
  return v;
}

// ---- numbers ------------------------------------------------------------------------------------
namespace {

struct BinopInfo {
  size_t slot, islot;
  const char* sym;
  const char* isym;
};
const BinopInfo kBinops[] = {
#define SLOTPY_BINOP_INFO_(name, sym, isym, d, rd, id) \
  {offsetof(TypeObject, nb_##name), offsetof(TypeObject, nb_inplace_##name), sym, isym},
    SLOTPY_BINARY_OP_TABLE(SLOTPY_BINOP_INFO_)
#undef SLOTPY_BINOP_INFO_
};

inline BinaryFn slot_at(TypeObject* t, size_t off) {
  return *reinterpret_cast<BinaryFn*>(reinterpret_cast<char*>(t) + off);
}

Object* binary_op1(Object* a, Object* b, size_t off) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinaryFn slotv = slot_at(ta, off);
  BinaryFn slotw = ta != tb ? slot_at(tb, off) : nullptr;
  if (slotw == slotv) slotw = nullptr;
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Object* r = slotw(a, b);
      if (r != Py_NotImplemented) return r;
      slotw = nullptr;
    }
    Object* r = slotv(a, b);
    if (r != Py_NotImplemented) return r;
  }
  if (slotw) return slotw(a, b);
  return Py_NotImplemented;
}

[[noreturn]] void binop_type_error(Object* a, Object* b, const char* sym) {
  raise_type_error("unsupported operand type(s) for %s: '%s' and '%s'", sym, type_name(a),
                   type_name(b));
}

}  // namespace

Object* binary_op(Object* a, Object* b, int op) {
  if (op == BINOP_COUNT) return power(a, b, Py_None);
  Object* r = binary_op1(a, b, kBinops[op].slot);
  if (r != Py_NotImplemented) return r;
  binop_type_error(a, b, kBinops[op].sym);
}

Object* inplace_op(Object* a, Object* b, int op) {
  if (op == BINOP_COUNT) return inplace_power(a, b);
  BinaryFn f = slot_at(type_of(a), kBinops[op].islot);
  if (f) {
    Object* r = f(a, b);
    if (r != Py_NotImplemented) return r;
  }
  Object* r = binary_op1(a, b, kBinops[op].slot);
  if (r != Py_NotImplemented) return r;
  binop_type_error(a, b, kBinops[op].isym);
}

namespace {
// a ** b [% mod] through the types' nb_power slots; nullptr when none handles the operands.
Object* try_power(Object* a, Object* b, Object* mod) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  TernaryFn slotv = ta->nb_power;
  TernaryFn slotw = ta != tb ? tb->nb_power : nullptr;
  if (slotw == slotv) slotw = nullptr;
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Object* r = slotw(a, b, mod);
      if (r != Py_NotImplemented) return r;
      slotw = nullptr;
    }
    Object* r = slotv(a, b, mod);
    if (r != Py_NotImplemented) return r;
  }
  if (slotw) {
    Object* r = slotw(a, b, mod);
    if (r != Py_NotImplemented) return r;
  }
  // CPython's ternary_op also offers the modulus's type a chance.
  if (mod != Py_None) {
    TernaryFn slotz = type_of(mod)->nb_power;
    if (slotz && slotz != slotv && slotz != slotw) {
      Object* r = slotz(a, b, mod);
      if (r != Py_NotImplemented) return r;
    }
  }
  return nullptr;
}
}  // namespace

Object* power(Object* a, Object* b, Object* mod) {
  if (Object* r = try_power(a, b, mod)) return r;
  if (mod == Py_None) binop_type_error(a, b, "** or pow()");
  raise_type_error("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(a),
                   type_name(b), type_name(mod));
}

Object* inplace_power(Object* a, Object* b) {
  TernaryFn f = type_of(a)->nb_inplace_power;
  if (f) {
    Object* r = f(a, b, Py_None);
    if (r != Py_NotImplemented) return r;
  }
  if (Object* r = try_power(a, b, Py_None)) return r;
  binop_type_error(a, b, "**=");
}

namespace {
Object* unary(Object* o, UnaryFn f, const char* sym) {
  if (!f) raise_type_error("bad operand type for %s: '%s'", sym, type_name(o));
  return f(o);
}
}  // namespace

Object* negative(Object* o) { return unary(o, type_of(o)->nb_negative, "unary -"); }
Object* positive(Object* o) { return unary(o, type_of(o)->nb_positive, "unary +"); }
Object* absolute(Object* o) { return unary(o, type_of(o)->nb_absolute, "abs()"); }
Object* invert(Object* o) { return unary(o, type_of(o)->nb_invert, "unary ~"); }

// ---- isinstance / issubclass ---------------------------------------------------------------------
bool is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b) return true;
  TupleObject* mro = a->tp_mro;
  if (mro) {
    for (intptr_t i = 0; i < mro->ob_size; ++i)
      if (mro->items[i] == b) return true;
    return false;
  }
  for (TypeObject* t = a; t; t = t->tp_base)
    if (t == b) return true;
  return b == &Object_Type;
}

// type.__instancecheck__: the type, or else what o.__class__ says (a proxy may claim a class).
bool type_instance_check(Object* o, TypeObject* cls) {
  if (is_subtype(type_of(o), cls)) return true;
  static StrObject* class_name = intern("__class__");
  Object* c = get_attr_or_null(o, class_name);
  return c && c != type_of(o) && is_type(c) && is_subtype(static_cast<TypeObject*>(c), cls);
}

bool is_instance(Object* o, Object* cls) {
  if (type_of(o) == cls) return true;
  if (is_type(cls)) {
    if (type_of(cls) == &Type_Type) return type_instance_check(o, static_cast<TypeObject*>(cls));
    static StrObject* ic = intern("__instancecheck__");
    Object* r = call_special(cls, ic, &o, 1);
    if (r) return is_true(r);
    return type_instance_check(o, static_cast<TypeObject*>(cls));
  }
  if (is_tuple(cls)) {
    for (intptr_t i = 0; i < tuple_size(cls); ++i)
      if (is_instance(o, tuple_item(cls, i))) return true;
    return false;
  }
  // Not a class: its type may still define __instancecheck__ (int | None, list[int]).
  static StrObject* ic = intern("__instancecheck__");
  if (Object* r = call_special(cls, ic, &o, 1)) return is_true(r);
  raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool is_subclass(Object* derived, Object* cls) {
  if (is_tuple(cls)) {
    for (intptr_t i = 0; i < tuple_size(cls); ++i)
      if (is_subclass(derived, tuple_item(cls, i))) return true;
    return false;
  }
  if (!is_type(cls)) {
    static StrObject* sc = intern("__subclasscheck__");
    if (Object* r = call_special(cls, sc, &derived, 1)) return is_true(r);
    raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  if (type_of(cls) != &Type_Type) {  // a metaclass's __subclasscheck__ decides alone
    static StrObject* sc = intern("__subclasscheck__");
    Object* r = call_special(cls, sc, &derived, 1);
    if (r) return is_true(r);
  }
  if (!is_type(derived)) raise_type_error("issubclass() arg 1 must be a class");
  return is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
}

Object* format(Object* value, Object* spec) {
  if (!spec) spec = Empty_Str;
  if (is_str_exact(value) && static_cast<StrObject*>(spec)->length == 0) return value;
  static StrObject* fmt = intern("__format__");
  Object* r = call_special(value, fmt, &spec, 1);
  if (!r) raise_type_error("Type %s doesn't define __format__", type_name(value));
  if (!is_str(r))
    raise_type_error("__format__ must return a str, not %s", type_name(r));
  return r;
}

}  // namespace slotpy
