// list: a growable array of object pointers (items in a separate GC block).
// types: List_Type ListIter_Type ListRevIter_Type
#pragma once

#include "runtime/genericalias.h"  // init_list_type also fills GenericAlias_Type, UnionType_Type
#include "runtime/object.h"

namespace slotpy {

struct ListObject : Object {
  intptr_t size;
  intptr_t allocated;
  Object** items;
};

ListObject* list_new(intptr_t size = 0);  // size items, zeroed (fill before use)
ListObject* list_from(Object* const* items, size_t n);
ListObject* list_from_iterable(Object* iterable);
void list_append(ListObject* l, Object* v);
void list_extend(ListObject* l, Object* iterable);
// Stable sort in place with optional key function (nullptr) and reverse; raises what the
// comparisons raise (and ValueError "list modified during sort").
void list_sort(ListObject* l, Object* key, bool reverse);
TupleObject* list_as_tuple(ListObject* l);

// More list operations (CPython semantics).
void list_insert(ListObject* l, intptr_t where, Object* v);  // where clamped like list.insert
void list_reverse(ListObject* l);
void list_clear(ListObject* l);
ListObject* list_slice(ListObject* l, intptr_t start, intptr_t stop);  // clamped
// Makes room for at least `n` items in total (never shrinks).
void list_reserve(ListObject* l, intptr_t n);
// Out-of-line slow path of list_append (grows the item array).
void list_append_slow(ListObject* l, Object* v);
inline void list_append_fast(ListObject* l, Object* v) {
  if (l->size < l->allocated) {
    l->items[l->size++] = v;
    return;
  }
  list_append_slow(l, v);
}

// Sequence index conversion as CPython's PyNumber_AsSsize_t(key, IndexError): returns false when
// `key` has no __index__ (the caller raises its "indices must be integers" TypeError); raises
// IndexError "cannot fit 'int' into an index-sized integer" when the value does not fit.
bool seq_index_value(Object* key, intptr_t* out);
// PySequence_Fast: `o` itself when it is a list or tuple, else list(o); TypeError `message` when
// `o` is not iterable. Items in *items, count in *n.
Object* sequence_fast(Object* o, const char* message, Object* const** items, intptr_t* n);

// list_iterator / list_reverseiterator (exposed so that the VM can specialize FOR_ITER).
struct ListIterObject : Object {
  intptr_t index;
  ListObject* seq;  // nullptr once exhausted
};
extern TypeObject ListIter_Type, ListRevIter_Type;

void init_list_type();

}  // namespace slotpy
