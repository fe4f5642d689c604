// tuple: var-sized, items inline.
// types: Tuple_Type TupleIter_Type
#pragma once

#include <initializer_list>

#include "runtime/object.h"

namespace slotpy {

struct TupleObject : VarObject {
  Object* items[];
};

TupleObject* tuple_new(intptr_t n);  // items zeroed; fill before use
TupleObject* tuple_from(Object* const* items, size_t n);
TupleObject* tuple_pack(std::initializer_list<Object*> items);
TupleObject* tuple_from_iterable(Object* iterable);
extern TupleObject* Empty_Tuple;
inline intptr_t tuple_size(const Object* t) { return static_cast<const TupleObject*>(t)->ob_size; }
inline Object* tuple_item(const Object* t, intptr_t i) { return static_cast<const TupleObject*>(t)->items[i]; }
intptr_t tuple_hash(TupleObject* t);  // CPython 3.11's xxHash-based algorithm

// t[start:stop] (clamped), a new exact tuple (t itself when t is an exact tuple and the range
// covers it).
TupleObject* tuple_slice(TupleObject* t, intptr_t start, intptr_t stop);

// tuple_iterator (exposed so that the VM can specialize FOR_ITER).
struct TupleIterObject : Object {
  intptr_t index;
  TupleObject* seq;  // nullptr once exhausted
};
extern TypeObject TupleIter_Type;

void init_tuple_type();

}  // namespace slotpy
