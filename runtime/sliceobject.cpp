// slice: CPython 3.11's Objects/sliceobject.c semantics (PySlice_Unpack, PySlice_AdjustIndices,
// _PySlice_GetLongIndices, slice.indices()).
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

// slotdefs.cpp: the tp_hash of unhashable types (their __hash__ is None).
extern HashFn g_hash_not_implemented;

TypeObject Slice_Type;

namespace {

inline SliceObject* as_slice(Object* o) { return static_cast<SliceObject*>(o); }

// _PyEval_SliceIndex for a non-None value: an index-able value clamped to intptr_t.
intptr_t eval_slice_index(Object* v) {
  if (is_small_int(v)) return small_int_value(v);
  if (!type_of(v)->nb_index)
    raise_type_error("slice indices must be integers or None or have an __index__ method");
  Object* i = is_int(v) ? v : number_index(v);
  intptr_t out;
  if (int_to_intptr(i, &out)) return out;
  return int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
}

// evaluate_slice_index: an int for an index-able value.
Object* eval_slice_index_object(Object* v) {
  if (is_small_int(v)) return v;
  if (!type_of(v)->nb_index)
    raise_type_error("slice indices must be integers or None or have an __index__ method");
  Object* i = number_index(v);
  return is_int_exact(i) ? i : int_normalize(i);
}

}  // namespace

SliceObject* slice_new(Object* start, Object* stop, Object* step) {
  SliceObject* s = alloc_object<SliceObject>(&Slice_Type);
  s->start = start ? start : Py_None;
  s->stop = stop ? stop : Py_None;
  s->step = step ? step : Py_None;
  return s;
}

void slice_unpack_raw(SliceObject* r, intptr_t* start, intptr_t* stop, intptr_t* step) {
  if (r->step == Py_None) {
    *step = 1;
  } else {
    *step = eval_slice_index(r->step);
    if (*step == 0) raise_value_error("slice step cannot be zero");
    if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
  }
  if (r->start == Py_None) {
    *start = *step < 0 ? INTPTR_MAX : 0;
  } else {
    *start = eval_slice_index(r->start);
  }
  if (r->stop == Py_None) {
    *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
  } else {
    *stop = eval_slice_index(r->stop);
  }
}

intptr_t slice_adjust_indices(intptr_t length, intptr_t* start, intptr_t* stop, intptr_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = (step < 0) ? -1 : 0;
  } else if (*start >= length) {
    *start = (step < 0) ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = (step < 0) ? -1 : 0;
  } else if (*stop >= length) {
    *stop = (step < 0) ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else {
    if (*start < *stop) return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

intptr_t slice_unpack(SliceObject* s, intptr_t length, intptr_t* start, intptr_t* stop,
                      intptr_t* step) {
  slice_unpack_raw(s, start, stop, step);
  return slice_adjust_indices(length, start, stop, *step);
}

void slice_long_indices(SliceObject* self, Object* length, Object** start_ptr, Object** stop_ptr,
                        Object** step_ptr) {
  Object* step;
  bool step_is_negative;
  if (self->step == Py_None) {
    step = make_small_int(1);
    step_is_negative = false;
  } else {
    step = eval_slice_index_object(self->step);
    int sign = int_sign(step);
    if (sign == 0) raise_value_error("slice step cannot be zero");
    step_is_negative = sign < 0;
  }
  Object *lower, *upper;
  if (step_is_negative) {
    lower = make_small_int(-1);
    upper = int_add(length, lower);
  } else {
    lower = make_small_int(0);
    upper = length;
  }
  Object* start;
  if (self->start == Py_None) {
    start = step_is_negative ? upper : lower;
  } else {
    start = eval_slice_index_object(self->start);
    if (int_sign(start) < 0) {
      start = int_add(start, length);
      if (int_compare(start, lower) < 0) start = lower;
    } else if (int_compare(start, upper) > 0) {
      start = upper;
    }
  }
  Object* stop;
  if (self->stop == Py_None) {
    stop = step_is_negative ? lower : upper;
  } else {
    stop = eval_slice_index_object(self->stop);
    if (int_sign(stop) < 0) {
      stop = int_add(stop, length);
      if (int_compare(stop, lower) < 0) stop = lower;
    } else if (int_compare(stop, upper) > 0) {
      stop = upper;
    }
  }
  *start_ptr = start;
  *stop_ptr = stop;
  *step_ptr = step;
}

namespace {

Object* slice_repr(Object* self) {
  SliceObject* s = as_slice(self);
  Object* parts[7] = {str_from_cstr("slice("), repr(s->start), str_from_cstr(", "), repr(s->stop),
                      str_from_cstr(", "), repr(s->step), str_from_cstr(")")};
  return str_join_array(parts, 7);
}

Object* slice_richcompare(Object* v, Object* w, int op) {
  if (!is_slice(v) || !is_slice(w)) return Py_NotImplemented;
  if (v == w) return py_bool(op == CMP_EQ || op == CMP_LE || op == CMP_GE);
  SliceObject* a = as_slice(v);
  SliceObject* b = as_slice(w);
  TupleObject* t1 = tuple_pack({a->start, a->stop, a->step});
  TupleObject* t2 = tuple_pack({b->start, b->stop, b->step});
  return rich_compare(t1, t2, op);
}


Object* slice_tp_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) raise_type_error("slice() takes no keyword arguments");
  check_nargs("slice", nargs, 1, 3);
  if (nargs == 1) return slice_new(Py_None, args[0], Py_None);
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : Py_None);
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
const MemberDef slice_members[] = {
    {"start", MEMBER_OBJECT, offsetof(SliceObject, start), true, nullptr},
    {"stop", MEMBER_OBJECT, offsetof(SliceObject, stop), true, nullptr},
    {"step", MEMBER_OBJECT, offsetof(SliceObject, step), true, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr},
};
#pragma GCC diagnostic pop

Object* m_indices(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs("slice.indices", kwnames);
  check_nargs("slice.indices", nargs, 1, 1);
  Object* length = number_index(args[0]);
  if (!is_int_exact(length)) length = int_normalize(length);
  if (int_sign(length) < 0) raise_value_error("length should not be negative");
  Object *start, *stop, *step;
  slice_long_indices(as_slice(self), length, &start, &stop, &step);
  return tuple_pack({start, stop, step});
}

Object* m_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs("slice.__reduce__", kwnames);
  check_nargs("slice.__reduce__", nargs, 0, 0);
  SliceObject* s = as_slice(self);
  return tuple_pack({&Slice_Type, tuple_pack({s->start, s->stop, s->step})});
}

const MethodDef slice_methods[] = {
    {"indices", m_indices, METH_DEFAULT,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the "
     "start and stop\nindices, and the stride length of the extended slice described by\nS. Out "
     "of bounds indices are clipped in a manner consistent with the\nhandling of normal slices."},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_slice_type() {
  TypeObject* t = &Slice_Type;
  t->tp_name = "slice";
  t->tp_basicsize = sizeof(SliceObject);
  t->tp_flags = TPFLAGS_IMMUTABLETYPE;
  t->tp_doc =
      "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
      "extended slicing (e.g. a[0:10:2]).";
  t->tp_methods = slice_methods;
  t->tp_members = slice_members;
  t->tp_repr = slice_repr;
  t->tp_hash = g_hash_not_implemented;
  t->tp_richcompare = slice_richcompare;
  t->tp_new = slice_tp_new;
}

}  // namespace slotpy
