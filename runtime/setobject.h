// set and frozenset: open-addressing hash tables with CPython's exact probing, sizing and
// iteration order (so that printing a set of ints gives CPython's order).
// types: Set_Type FrozenSet_Type SetIter_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

struct SetEntry {
  Object* key;  // nullptr: empty; the dummy marker: deleted
  intptr_t hash;
};

struct SetObject : Object {
  intptr_t fill;   // active + dummy
  intptr_t used;   // active
  intptr_t mask;
  SetEntry* table;
  intptr_t hash;   // frozenset: -1 until computed
  intptr_t finger; // for pop()
  Object* weakreflist;  // the first weak reference (weakref module), as CPython's sets
};

SetObject* set_new(TypeObject* type = &Set_Type);  // set or frozenset (or a subclass)
SetObject* set_from_iterable(TypeObject* type, Object* iterable);
void set_add(SetObject* s, Object* key);
bool set_contains(SetObject* s, Object* key);
bool set_discard(SetObject* s, Object* key);
bool set_next(SetObject* s, intptr_t* pos, Object** key);  // iteration in table order

// More of the set API.
inline bool is_anyset(const Object* o) {
  if (is_small_int(o)) return false;
  TypeObject* t = o->ob_type;
  return t == &Set_Type || t == &FrozenSet_Type || is_subtype(t, &Set_Type) ||
         is_subtype(t, &FrozenSet_Type);
}
void set_update(SetObject* s, Object* iterable);  // s |= iterable (any iterable)
Object* set_pop(SetObject* s);                     // KeyError "pop from an empty set"
void set_clear(SetObject* s);
intptr_t set_size(Object* s);
SetObject* set_copy(SetObject* s);  // same base type (set or frozenset)
// The methods of the same names (CPython's algorithms, so results iterate in CPython's order).
Object* set_intersection(SetObject* s, Object* other);
void set_difference_update(SetObject* s, Object* other);
void set_symmetric_difference_update(SetObject* s, Object* other);
// set_add with a known hash (e.g. from a dict entry).
void set_add_hashed(SetObject* s, Object* key, intptr_t hash);

struct SetIterObject : Object {
  SetObject* set;  // nullptr once exhausted
  intptr_t used;
  intptr_t pos;
  intptr_t len;
};
extern TypeObject SetIter_Type;

void init_set_type();

}  // namespace slotpy
