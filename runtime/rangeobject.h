// range and slice.
// types: Range_Type RangeIter_Type LongRangeIter_Type Slice_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

struct RangeObject : Object {
  Object* start;  // ints (arbitrary precision)
  Object* stop;
  Object* step;
  Object* length;
};

struct SliceObject : Object {
  Object* start;  // any objects; None when omitted
  Object* stop;
  Object* step;
};

Object* range_new(Object* start, Object* stop, Object* step);
SliceObject* slice_new(Object* start, Object* stop, Object* step);
// slice.indices() for a sequence of `length`: clamps, raises ValueError "slice step cannot be
// zero" and TypeError for non-index values. Returns the number of items selected.
intptr_t slice_unpack(SliceObject* s, intptr_t length, intptr_t* start, intptr_t* stop,
                      intptr_t* step);

// CPython's PySlice_Unpack (no length: None becomes the extreme values, huge values clamp) and
// PySlice_AdjustIndices (returns the slice length).
void slice_unpack_raw(SliceObject* s, intptr_t* start, intptr_t* stop, intptr_t* step);
intptr_t slice_adjust_indices(intptr_t length, intptr_t* start, intptr_t* stop, intptr_t step);
// _PySlice_GetLongIndices: start, stop, step as ints for an int `length` (any size).
void slice_long_indices(SliceObject* s, Object* length, Object** start, Object** stop,
                        Object** step);
inline bool is_slice(const Object* o) { return !is_small_int(o) && o->ob_type == &Slice_Type; }
inline bool is_range(const Object* o) { return !is_small_int(o) && o->ob_type == &Range_Type; }

// range_iterator: values in [next, next + step * remaining) (exposed for the VM's FOR_ITER).
struct RangeIterObject : Object {
  intptr_t next;
  intptr_t step;
  intptr_t remaining;
};
// longrange_iterator: for ranges whose values do not fit intptr_t.
struct LongRangeIterObject : Object {
  Object* next;
  Object* step;
  Object* remaining;
};
extern TypeObject RangeIter_Type, LongRangeIter_Type;

void init_range_type();
void init_slice_type();

}  // namespace slotpy
