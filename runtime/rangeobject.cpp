// range: CPython 3.11's Objects/rangeobject.c semantics. start/stop/step/length are ints of any
// size; iteration over ranges that fit intptr_t uses range_iterator, which allocates nothing for
// tagged values.
#include <cstddef>
#include <cstring>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/rangeobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Range_Type;
TypeObject RangeIter_Type;
TypeObject LongRangeIter_Type;

namespace {

inline RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }

inline bool to_intptr(Object* o, intptr_t* out) {
  if (is_small_int(o)) {
    *out = small_int_value(o);
    return true;
  }
  return int_to_intptr(o, out);
}

inline Object* from_i128(__int128 v) {
  if (v >= INTPTR_MIN && v <= INTPTR_MAX) return int_from_intptr(static_cast<intptr_t>(v));
  bool neg = v < 0;
  unsigned __int128 m = neg ? static_cast<unsigned __int128>(-(v + 1)) + 1 : static_cast<unsigned __int128>(v);
  mp_limb_t limbs[2] = {static_cast<mp_limb_t>(m), static_cast<mp_limb_t>(m >> 64)};
  return int_from_limbs(limbs, 2, neg);
}

Object* one() { return make_small_int(1); }
Object* zero() { return make_small_int(0); }

// Number of values in range(start, stop, step) (CPython's compute_range_length).
Object* compute_range_length(Object* start, Object* stop, Object* step) {
  intptr_t a, b, s;
  if (to_intptr(start, &a) && to_intptr(stop, &b) && to_intptr(step, &s)) {
    __int128 len = 0;
    if (s > 0) {
      if (a < b) len = (static_cast<__int128>(b) - a - 1) / s + 1;
    } else {
      if (b < a) len = (static_cast<__int128>(a) - b - 1) / (-static_cast<__int128>(s)) + 1;
    }
    return from_i128(len);
  }
  Object *lo, *hi;
  if (int_sign(step) > 0) {
    lo = start;
    hi = stop;
  } else {
    lo = stop;
    hi = start;
    step = int_neg(step);
  }
  if (int_compare(lo, hi) >= 0) return zero();
  Object* diff = int_sub(int_sub(hi, lo), one());
  return int_add(int_floordiv(diff, step), one());
}

RangeObject* make_range_object(Object* start, Object* stop, Object* step) {
  Object* length = compute_range_length(start, stop, step);
  RangeObject* r = alloc_object<RangeObject>(&Range_Type);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length;
  return r;
}

// PyNumber_Index as an exact int.
Object* index_exact(Object* o) {
  if (is_small_int(o)) return o;
  Object* i = number_index(o);
  return is_int_exact(i) ? i : int_normalize(i);
}

// start + i * step
Object* compute_item(RangeObject* r, Object* i) {
  intptr_t a, k, s;
  if (to_intptr(r->start, &a) && to_intptr(i, &k) && to_intptr(r->step, &s))
    return from_i128(static_cast<__int128>(a) + static_cast<__int128>(k) * s);
  if (r->step == one() || (is_small_int(r->step) && small_int_value(r->step) == 1))
    return int_add(r->start, i);
  return int_add(r->start, int_mul(i, r->step));
}

Object* compute_range_item(RangeObject* r, Object* arg) {
  intptr_t i, len;
  if (to_intptr(arg, &i) && to_intptr(r->length, &len)) {
    if (i < 0) i += len;
    if (i < 0 || i >= len) raise_index_error("range object index out of range");
    return compute_item(r, int_from_intptr(i));
  }
  Object* idx = arg;
  if (int_sign(arg) < 0) idx = int_add(r->length, arg);
  if (int_sign(idx) < 0 || int_compare(idx, r->length) >= 0)
    raise_index_error("range object index out of range");
  return compute_item(r, idx);
}

Object* compute_slice(RangeObject* r, SliceObject* slice) {
  Object *start, *stop, *step;
  slice_long_indices(slice, r->length, &start, &stop, &step);
  Object* substep = int_mul(r->step, step);
  Object* substart = compute_item(r, start);
  Object* substop = compute_item(r, stop);
  return make_range_object(substart, substop, substep);
}

bool is_step_one(Object* step) { return is_small_int(step) && small_int_value(step) == 1; }

// ---- slots ---------------------------------------------------------------------------------
Object* range_repr(Object* self) {
  RangeObject* r = as_range(self);
  if (is_step_one(r->step)) {
    Object* parts[5] = {str_from_cstr("range("), repr(r->start), str_from_cstr(", "),
                        repr(r->stop), str_from_cstr(")")};
    return str_join_array(parts, 5);
  }
  Object* parts[7] = {str_from_cstr("range("), repr(r->start), str_from_cstr(", "), repr(r->stop),
                      str_from_cstr(", "), repr(r->step), str_from_cstr(")")};
  return str_join_array(parts, 7);
}

intptr_t range_length(Object* self) { return int_as_intptr(as_range(self)->length); }

int range_bool(Object* self) { return !int_is_zero(as_range(self)->length); }

bool range_contains_long(RangeObject* r, Object* ob) {
  bool in_bounds;
  if (int_sign(r->step) > 0)
    in_bounds = int_compare(r->start, ob) <= 0 && int_compare(ob, r->stop) < 0;
  else
    in_bounds = int_compare(ob, r->start) <= 0 && int_compare(r->stop, ob) < 0;
  if (!in_bounds) return false;
  intptr_t o, a, s;
  if (to_intptr(ob, &o) && to_intptr(r->start, &a) && to_intptr(r->step, &s)) {
    __int128 d = static_cast<__int128>(o) - a;
    return d % s == 0;
  }
  return int_is_zero(int_mod(int_sub(ob, r->start), r->step));
}

Object* range_iter(Object* self);

enum class SearchOp { kContains, kCount, kIndex };

// _PySequence_IterSearch over the range's values.
intptr_t iter_search(Object* self, Object* ob, SearchOp op) {
  Object* it = range_iter(self);
  intptr_t n = 0;
  while (Object* item = iter_next(it)) {
    if (rich_compare_bool(item, ob, CMP_EQ)) {
      if (op == SearchOp::kContains) return 1;
      if (op == SearchOp::kIndex) return n;
      n++;
    } else if (op == SearchOp::kIndex) {
      n++;
    }
  }
  if (op == SearchOp::kIndex) raise_value_error("sequence.index(x): x not in sequence");
  return op == SearchOp::kContains ? 0 : n;
}

inline bool is_int_or_bool(Object* o) { return is_int_exact(o) || is_bool(o); }

int range_contains(Object* self, Object* ob) {
  if (is_int_or_bool(ob)) return range_contains_long(as_range(self), ob);
  return static_cast<int>(iter_search(self, ob, SearchOp::kContains));
}

Object* range_subscript(Object* self, Object* item) {
  RangeObject* r = as_range(self);
  if (is_small_int(item) || type_of(item)->nb_index) return compute_range_item(r, index_exact(item));
  if (is_slice(item)) return compute_slice(r, static_cast<SliceObject*>(item));
  raise_type_error("range indices must be integers or slices, not %s", type_name(item));
}

bool range_equals(RangeObject* r0, RangeObject* r1) {
  if (r0 == r1) return true;
  if (int_compare(r0->length, r1->length) != 0) return false;
  if (int_is_zero(r0->length)) return true;
  if (int_compare(r0->start, r1->start) != 0) return false;
  if (is_step_one(r0->length)) return true;
  return int_compare(r0->step, r1->step) == 0;
}

Object* range_richcompare(Object* v, Object* w, int op) {
  if (!is_range(v) || !is_range(w)) return Py_NotImplemented;
  if (op != CMP_EQ && op != CMP_NE) return Py_NotImplemented;
  bool eq = range_equals(as_range(v), as_range(w));
  return py_bool(op == CMP_EQ ? eq : !eq);
}

intptr_t range_hash(Object* self) {
  RangeObject* r = as_range(self);
  TupleObject* t;
  if (int_is_zero(r->length))
    t = tuple_pack({r->length, Py_None, Py_None});
  else if (is_step_one(r->length))
    t = tuple_pack({r->length, r->start, Py_None});
  else
    t = tuple_pack({r->length, r->start, r->step});
  return tuple_hash(t);
}

Object* range_tp_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) raise_type_error("range() takes no keyword arguments");
  Object *start, *stop, *step;
  switch (nargs) {
    case 3:
    case 2:
      start = index_exact(args[0]);
      stop = index_exact(args[1]);
      if (nargs == 3) {
        step = index_exact(args[2]);
        if (int_is_zero(step)) raise_value_error("range() arg 3 must not be zero");
      } else {
        step = one();
      }
      break;
    case 1:
      stop = index_exact(args[0]);
      start = zero();
      step = one();
      break;
    case 0:
      raise_type_error("range expected at least 1 argument, got 0");
    default:
      raise_type_error("range expected at most 3 arguments, got %zu", nargs);
  }
  return make_range_object(start, stop, step);
}

// ---- iterators -----------------------------------------------------------------------------
Object* self_iter(Object* self) { return self; }

Object* make_iter(Object* start, Object* step, Object* len) {
  intptr_t a, s, n;
  if (to_intptr(start, &a) && to_intptr(step, &s) && to_intptr(len, &n)) {
    __int128 last = static_cast<__int128>(a) + static_cast<__int128>(n > 0 ? n - 1 : 0) * s;
    if (last >= INTPTR_MIN && last <= INTPTR_MAX && s != INTPTR_MIN) {
      RangeIterObject* it = alloc_object<RangeIterObject>(&RangeIter_Type);
      it->next = a;
      it->step = s;
      it->remaining = n;
      return it;
    }
  }
  LongRangeIterObject* it = alloc_object<LongRangeIterObject>(&LongRangeIter_Type);
  it->next = start;
  it->step = step;
  it->remaining = len;
  return it;
}

Object* range_iter(Object* self) {
  RangeObject* r = as_range(self);
  return make_iter(r->start, r->step, r->length);
}

Object* rangeiter_next(Object* self) {
  RangeIterObject* it = static_cast<RangeIterObject*>(self);
  if (it->remaining <= 0) return nullptr;
  intptr_t v = it->next;
  it->next = static_cast<intptr_t>(static_cast<uintptr_t>(v) + static_cast<uintptr_t>(it->step));
  it->remaining--;
  return fits_small_int(v) ? make_small_int(v) : int_from_intptr(v);
}

Object* longrangeiter_next(Object* self) {
  LongRangeIterObject* it = static_cast<LongRangeIterObject*>(self);
  if (int_sign(it->remaining) <= 0) return nullptr;
  Object* v = it->next;
  it->next = int_add(v, it->step);
  it->remaining = int_sub(it->remaining, one());
  return v;
}

Object* rangeiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("range_iterator.__length_hint__", kwnames);
  check_nargs("range_iterator.__length_hint__", nargs, 0, 0);
  RangeIterObject* it = static_cast<RangeIterObject*>(self);
  return int_from_intptr(it->remaining > 0 ? it->remaining : 0);
}

Object* longrangeiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("longrange_iterator.__length_hint__", kwnames);
  check_nargs("longrange_iterator.__length_hint__", nargs, 0, 0);
  return static_cast<LongRangeIterObject*>(self)->remaining;
}

const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- methods -------------------------------------------------------------------------------
inline void no_kwargs(const char* name, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs(name, kwnames);
}

Object* m_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("range.__reversed__", kwnames);
  check_nargs("range.__reversed__", nargs, 0, 0);
  RangeObject* r = as_range(self);
  // reversed(range(start, stop, step)) is range(start + (n-1)*step, start - step, -step).
  Object* last;
  if (int_is_zero(r->length)) {
    last = r->start;
  } else {
    last = compute_item(r, int_sub(r->length, one()));
  }
  return make_iter(last, int_neg(r->step), r->length);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("range.count", kwnames);
  check_nargs("range.count", nargs, 1, 1);
  Object* ob = args[0];
  if (is_int_or_bool(ob)) return make_small_int(range_contains_long(as_range(self), ob) ? 1 : 0);
  return int_from_intptr(iter_search(self, ob, SearchOp::kCount));
}

Object* m_index(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("range.index", kwnames);
  check_nargs("range.index", nargs, 1, 1);
  RangeObject* r = as_range(self);
  Object* ob = args[0];
  if (!is_int_or_bool(ob)) return int_from_intptr(iter_search(self, ob, SearchOp::kIndex));
  if (range_contains_long(r, ob)) {
    Object* idx = int_sub(ob, r->start);
    if (is_step_one(r->step)) return idx;
    return int_floordiv(idx, r->step);
  }
  raise_value_error("%s is not in range", repr_cstr(ob));
}

Object* m_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("range.__reduce__", kwnames);
  check_nargs("range.__reduce__", nargs, 0, 0);
  RangeObject* r = as_range(self);
  return tuple_pack({&Range_Type, tuple_pack({r->start, r->stop, r->step})});
}

const MethodDef range_methods[] = {
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator."},
    {"__reduce__", m_reduce, METH_DEFAULT, nullptr},
    {"count", m_count, METH_DEFAULT,
     "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, METH_DEFAULT,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the "
     "value is not present."},
    {nullptr, nullptr, 0, nullptr},
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
const MemberDef range_members[] = {
    {"start", MEMBER_OBJECT, offsetof(RangeObject, start), true, nullptr},
    {"stop", MEMBER_OBJECT, offsetof(RangeObject, stop), true, nullptr},
    {"step", MEMBER_OBJECT, offsetof(RangeObject, step), true, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr},
};
#pragma GCC diagnostic pop

}  // namespace

Object* range_new(Object* start, Object* stop, Object* step) {
  start = index_exact(start);
  stop = index_exact(stop);
  step = step ? index_exact(step) : one();
  if (int_is_zero(step)) raise_value_error("range() arg 3 must not be zero");
  return make_range_object(start, stop, step);
}

void init_range_type() {
  TypeObject* t = &Range_Type;
  t->tp_name = "range";
  t->tp_basicsize = sizeof(RangeObject);
  t->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_SEQUENCE;
  t->tp_doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object "
      "that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  "
      "range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  "
      "range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 "
      "elements.\nWhen step is given, it specifies the increment (or decrement).";
  t->tp_methods = range_methods;
  t->tp_members = range_members;
  t->tp_repr = range_repr;
  t->tp_hash = range_hash;
  t->tp_richcompare = range_richcompare;
  t->tp_iter = range_iter;
  t->tp_new = range_tp_new;
  t->mp_length = range_length;
  t->mp_subscript = range_subscript;
  t->sq_contains = range_contains;
  t->nb_bool = range_bool;

  TypeObject* it = &RangeIter_Type;
  it->tp_name = "range_iterator";
  it->tp_basicsize = sizeof(RangeIterObject);
  it->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  it->tp_iter = self_iter;
  it->tp_iternext = rangeiter_next;
  it->tp_methods = rangeiter_methods;

  TypeObject* lit = &LongRangeIter_Type;
  lit->tp_name = "longrange_iterator";
  lit->tp_basicsize = sizeof(LongRangeIterObject);
  lit->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  lit->tp_iter = self_iter;
  lit->tp_iternext = longrangeiter_next;
  lit->tp_methods = longrangeiter_methods;
}

}  // namespace slotpy
