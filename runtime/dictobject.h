// dict: insertion-ordered hash table (CPython's compact layout: an index table plus an array of
// entries in insertion order).
//
// `version` identifies the dict's set of keys and their positions: it is a fresh value from a
// global counter whenever a key is added or removed or the entries are rebuilt, and never
// changes when only a value is replaced. Caches (LOAD_GLOBAL, attribute lookups) keep
// (version, entry index) and read `entries[index].value` directly while the version matches.
//
// A zero-filled DictObject (as type_alloc returns) is a valid empty dict: the tables are
// allocated on the first insertion.
// types: Dict_Type DictKeys_Type DictValues_Type DictItems_Type DictKeyIter_Type DictValueIter_Type DictItemIter_Type DictRevKeyIter_Type DictRevValueIter_Type DictRevItemIter_Type
#pragma once

#include "runtime/intobject.h"
#include "runtime/object.h"
#include "runtime/strobject.h"

namespace slotpy {

struct DictEntry {
  intptr_t hash;
  Object* key;    // nullptr: deleted entry
  Object* value;
};

struct DictObject : Object {
  intptr_t used;      // live items
  intptr_t nentries;  // entries in use, including deleted ones
  intptr_t capacity;  // entries allocated
  intptr_t mask;      // index table size - 1 (size is a power of two)
  uint64_t version;
  int32_t* indices;   // -1 empty, -2 dummy, else entry index
  DictEntry* entries;
};

DictObject* dict_new();
// Lookup: nullptr when missing. Raises only if hashing or == raises.
Object* dict_get(DictObject* d, Object* key);
Object* dict_get_str(DictObject* d, StrObject* key);  // key must be an exact str
Object* dict_get_cstr(DictObject* d, const char* key);
// Entry index of key, or -1.
intptr_t dict_lookup_index(DictObject* d, Object* key, intptr_t hash);
void dict_set(DictObject* d, Object* key, Object* value);
void dict_set_str(DictObject* d, StrObject* key, Object* value);
void dict_set_cstr(DictObject* d, const char* key, Object* value);  // interns the key
bool dict_del(DictObject* d, Object* key);  // false when missing (no exception)
void dict_clear(DictObject* d);
DictObject* dict_copy(DictObject* d);
void dict_update(DictObject* d, Object* other);  // mapping or iterable of pairs
// Iteration: `*pos` starts at 0; returns false at the end.
bool dict_next(DictObject* d, intptr_t* pos, Object** key, Object** value);
uint64_t dict_new_version();  // next value of the global version counter

// More of the dict API.
DictObject* dict_new_presized(intptr_t n);  // room for n items without resizing
Object* dict_get_hashed(DictObject* d, Object* key, intptr_t hash);  // nullptr when missing
void dict_set_hashed(DictObject* d, Object* key, intptr_t hash, Object* value);
Object* dict_pop(DictObject* d, Object* key, Object* deflt);  // deflt nullptr: KeyError
Object* dict_setdefault(DictObject* d, Object* key, Object* deflt);
bool dict_contains(DictObject* d, Object* key);
// dict.update(other) semantics: a dict, a mapping with keys(), or an iterable of pairs.
void dict_update_arg(DictObject* d, Object* arg);
// Merges the mapping `other` (a dict, or anything with keys() and __getitem__) into d. override:
// 1 replaces existing values (dict.update), 0 keeps them, 2 raises KeyError(key) for a key
// already present (used for **kwargs merging).
void dict_merge(DictObject* d, Object* other, int override);
ListObject* dict_keys_list(DictObject* d);
ListObject* dict_values_list(DictObject* d);
ListObject* dict_items_list(DictObject* d);
// d[key] for a dict or dict subclass (calls __missing__ for subclasses); KeyError when missing.
Object* dict_subscript(Object* d, Object* key);

// hash(o) with the fast paths of the containers (tagged int, exact str).
inline intptr_t fast_hash(Object* o) {
  if (is_small_int(o)) {
    intptr_t v = small_int_value(o);
    constexpr intptr_t kModulus = (intptr_t(1) << 61) - 1;
    if (v > -kModulus && v < kModulus) return v == -1 ? -2 : v;
    return int_hash(o);
  }
  if (o->ob_type == &Str_Type) {
    StrObject* s = static_cast<StrObject*>(o);
    return s->hash != -1 ? s->hash : str_hash(s);
  }
  return hash(o);
}

// a == b with the fast paths of the containers (identity, tagged ints, exact strs); the same
// result as rich_compare_bool(a, b, CMP_EQ).
inline bool fast_eq(Object* a, Object* b) {
  if (a == b) return true;
  if (is_small_int(a)) {
    if (is_small_int(b)) return false;
  } else if (a->ob_type == &Str_Type && !is_small_int(b) && b->ob_type == &Str_Type) {
    return str_eq(static_cast<StrObject*>(a), static_cast<StrObject*>(b));
  }
  return rich_compare_bool(a, b, CMP_EQ);
}

// dict iterators and views (dictviews.cpp).
struct DictViewObject : Object {
  DictObject* dict;
};
struct DictIterObject : Object {
  DictObject* dict;  // nullptr once exhausted
  intptr_t used;     // dict->used when the iterator was made
  intptr_t pos;
  intptr_t len;      // items left
};
extern TypeObject DictKeys_Type, DictValues_Type, DictItems_Type;
extern TypeObject DictKeyIter_Type, DictValueIter_Type, DictItemIter_Type;
extern TypeObject DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;
Object* dict_view_new(DictObject* d, TypeObject* view_type);
Object* dict_iter_new(DictObject* d, TypeObject* iter_type);
void init_dictview_types();  // called by init_dict_type

void init_dict_type();

}  // namespace slotpy
