// set and frozenset: CPython 3.11's Objects/setobject.c algorithms, step for step (linear probes
// then perturbation, the same resize rules, dummy reuse, merge fast paths and pop finger), so
// that the iteration order of every set matches CPython's.
#include "runtime/genericalias.h"
#include "runtime/setobject.h"

#include <cstddef>

#include <cstring>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

// slotdefs.cpp: the tp_hash of unhashable types (their __hash__ is None).
extern HashFn g_hash_not_implemented;

TypeObject Set_Type;
TypeObject FrozenSet_Type;
TypeObject SetIter_Type;

namespace {

constexpr intptr_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// Marks deleted entries (hash -1); never visible to Python code.
Object dummy_storage;
Object* const kDummy = &dummy_storage;

inline SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }

inline bool is_set_or_subclass(const Object* o) {
  return !is_small_int(o) && (o->ob_type == &Set_Type || is_subtype(o->ob_type, &Set_Type));
}
inline bool is_frozenset_exact(const Object* o) {
  return !is_small_int(o) && o->ob_type == &FrozenSet_Type;
}
inline bool is_anyset_exact(const Object* o) {
  return !is_small_int(o) && (o->ob_type == &Set_Type || o->ob_type == &FrozenSet_Type);
}

SetEntry* alloc_table(intptr_t n) {
  return static_cast<SetEntry*>(gc_alloc(static_cast<size_t>(n) * sizeof(SetEntry)));
}

void init_empty(SetObject* so) {
  so->fill = 0;
  so->used = 0;
  so->mask = kMinSize - 1;
  so->table = alloc_table(kMinSize);
  so->hash = -1;
}

inline void ensure_table(SetObject* so) {
  if (!so->table) init_empty(so);
}

// Equality of a stored key with a probe key of the same hash. Tagged ints are equal only when
// identical and exact strs compare by content; everything else goes through __eq__.
enum class KeyEq { kEqual, kDifferent, kAskEq };
inline KeyEq quick_key_eq(Object* startkey, Object* key) {
  if (startkey == key) return KeyEq::kEqual;
  if (is_small_int(startkey)) return is_small_int(key) ? KeyEq::kDifferent : KeyEq::kAskEq;
  if (startkey->ob_type == &Str_Type && !is_small_int(key) && key->ob_type == &Str_Type)
    return str_eq(static_cast<StrObject*>(startkey), static_cast<StrObject*>(key))
               ? KeyEq::kEqual
               : KeyEq::kDifferent;
  return KeyEq::kAskEq;
}

SetEntry empty_entry = {nullptr, 0};

// CPython's set_lookkey: the entry holding key, or the empty entry ending the probe sequence.
SetEntry* set_lookkey(SetObject* so, Object* key, intptr_t hash) {
restart:
  if (so->used == 0) return &empty_entry;
  SetEntry* table = so->table;
  size_t mask = static_cast<size_t>(so->mask);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        KeyEq q = quick_key_eq(startkey, key);
        if (q == KeyEq::kEqual) return entry;
        if (q == KeyEq::kAskEq) {
          bool cmp = rich_compare_bool(startkey, key, CMP_EQ);
          if (table != so->table || entry->key != startkey) goto restart;
          if (cmp) return entry;
          mask = static_cast<size_t>(so->mask);
        }
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void set_table_resize(SetObject* so, intptr_t minused);

// CPython's set_add_entry.
void set_add_entry(SetObject* so, Object* key, intptr_t hash) {
  ensure_table(so);
  size_t mask, perturb, i;
  SetEntry* freeslot;
  SetEntry* entry;
restart:
  mask = static_cast<size_t>(so->mask);
  i = static_cast<size_t>(hash) & mask;
  freeslot = nullptr;
  perturb = static_cast<size_t>(hash);
  for (;;) {
    entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        KeyEq q = quick_key_eq(startkey, key);
        if (q == KeyEq::kEqual) return;
        if (q == KeyEq::kAskEq) {
          SetEntry* table = so->table;
          bool cmp = rich_compare_bool(startkey, key, CMP_EQ);
          if (cmp) return;
          if (table != so->table || entry->key != startkey) goto restart;
          mask = static_cast<size_t>(so->mask);
        }
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }

found_unused_or_dummy:
  if (freeslot) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<size_t>(so->fill) * 5 < mask * 3) return;
  set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// Inserts a key known to be absent into a table without dummies.
void set_insert_clean(SetEntry* table, size_t mask, Object* key, intptr_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry* entry;
  for (;;) {
    entry = &table[i];
    if (entry->key == nullptr) goto found_null;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key == nullptr) goto found_null;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_null:
  entry->key = key;
  entry->hash = hash;
}

void set_table_resize(SetObject* so, intptr_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  intptr_t oldmask = so->mask;
  // CPython keeps its 8-entry "smalltable" in place when it has no dummies.
  if (newsize == static_cast<size_t>(kMinSize) && oldmask == kMinSize - 1 && so->fill == so->used)
    return;
  if (newsize > (SIZE_MAX >> 1) / sizeof(SetEntry)) raise_memory_error();
  SetEntry* newtable = alloc_table(static_cast<intptr_t>(newsize));
  so->mask = static_cast<intptr_t>(newsize - 1);
  so->table = newtable;
  size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (SetEntry* e = oldtable; e <= oldtable + oldmask; e++) {
      if (e->key) set_insert_clean(newtable, newmask, e->key, e->hash);
    }
  } else {
    so->fill = so->used;
    for (SetEntry* e = oldtable; e <= oldtable + oldmask; e++) {
      if (e->key && e->key != kDummy) set_insert_clean(newtable, newmask, e->key, e->hash);
    }
  }
}

inline bool set_contains_entry(SetObject* so, Object* key, intptr_t hash) {
  return set_lookkey(so, key, hash)->key != nullptr;
}

// True if found (and removed).
bool set_discard_entry(SetObject* so, Object* key, intptr_t hash) {
  SetEntry* entry = set_lookkey(so, key, hash);
  if (!entry->key) return false;
  entry->key = kDummy;
  entry->hash = -1;
  so->used--;
  return true;
}

void set_clear_internal(SetObject* so) { init_empty(so); }

bool set_next_entry(SetObject* so, intptr_t* pos, SetEntry** out) {
  intptr_t i = *pos;
  intptr_t mask = so->mask;
  if (!so->table) return false;
  SetEntry* entry = &so->table[i];
  while (i <= mask && (entry->key == nullptr || entry->key == kDummy)) {
    i++;
    entry++;
  }
  *pos = i + 1;
  if (i > mask) return false;
  *out = entry;
  return true;
}

void set_merge(SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return;
  ensure_table(so);
  if ((so->fill + other->used) * 5 >= so->mask * 3) set_table_resize(so, (so->used + other->used) * 2);
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  // Empty target of the same size without dummies in the source: copy the table as is.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (intptr_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
      if (other_entry->key) {
        so_entry->key = other_entry->key;
        so_entry->hash = other_entry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    SetEntry* newtable = so->table;
    size_t newmask = static_cast<size_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (intptr_t i = other->mask + 1; i > 0; i--, other_entry++) {
      Object* key = other_entry->key;
      if (key && key != kDummy) set_insert_clean(newtable, newmask, key, other_entry->hash);
    }
    return;
  }
  for (intptr_t i = 0; i <= other->mask; i++) {
    other_entry = &other->table[i];
    Object* key = other_entry->key;
    if (key && key != kDummy) set_add_entry(so, key, other_entry->hash);
  }
}

void set_update_internal(SetObject* so, Object* other) {
  if (is_anyset(other)) {
    set_merge(so, as_set(other));
    return;
  }
  if (is_dict_exact(other)) {
    DictObject* d = static_cast<DictObject*>(other);
    intptr_t dictsize = d->used;
    ensure_table(so);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) set_table_resize(so, (so->used + dictsize) * 2);
    for (intptr_t k = 0; k < d->nentries; k++) {
      DictEntry* e = &d->entries[k];
      if (e->key) set_add_entry(so, e->key, e->hash);
    }
    return;
  }
  if (is_list_exact(other) || is_tuple_exact(other)) {
    // Same order as iteration; the size is re-read because __hash__/__eq__ may mutate a list.
    for (intptr_t i = 0;; i++) {
      Object* key;
      if (is_tuple_exact(other)) {
        if (i >= tuple_size(other)) break;
        key = tuple_item(other, i);
      } else {
        ListObject* l = static_cast<ListObject*>(other);
        if (i >= l->size) break;
        key = l->items[i];
      }
      set_add_entry(so, key, fast_hash(key));
    }
    return;
  }
  Object* it = get_iter(other);
  while (Object* key = iter_next(it)) set_add_entry(so, key, fast_hash(key));
}

SetObject* make_new_set(TypeObject* type, Object* iterable) {
  SetObject* so;
  if (type == &Set_Type || type == &FrozenSet_Type)
    so = alloc_object<SetObject>(type);
  else
    so = static_cast<SetObject*>(type_alloc(type));
  init_empty(so);
  so->finger = 0;
  if (iterable) set_update_internal(so, iterable);
  return so;
}

SetObject* make_new_set_basetype(TypeObject* type, Object* iterable) {
  if (type != &Set_Type && type != &FrozenSet_Type)
    type = is_subtype(type, &Set_Type) ? &Set_Type : &FrozenSet_Type;
  return make_new_set(type, iterable);
}

SetObject* make_new_frozenset(TypeObject* type, Object* iterable) {
  if (type != &FrozenSet_Type) return make_new_set(type, iterable);
  if (iterable && is_frozenset_exact(iterable)) return as_set(iterable);
  return make_new_set(type, iterable);
}

void set_swap_bodies(SetObject* a, SetObject* b) {
  intptr_t t;
  t = a->fill; a->fill = b->fill; b->fill = t;
  t = a->used; a->used = b->used; b->used = t;
  t = a->mask; a->mask = b->mask; b->mask = t;
  SetEntry* u = a->table; a->table = b->table; b->table = u;
  if (is_subtype(type_of(a), &FrozenSet_Type) && is_subtype(type_of(b), &FrozenSet_Type)) {
    t = a->hash; a->hash = b->hash; b->hash = t;
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

// Hash for a lookup key; for `in`, discard() and remove(), an unhashable set key is looked up
// as the equivalent frozenset (CPython's set_contains).
template <class Fn>
auto with_set_key_fallback(Object* key, Fn fn) -> decltype(fn(key, intptr_t(0))) {
  intptr_t hash;
  try {
    hash = fast_hash(key);
  } catch (PyError&) {
    if (!is_set_or_subclass(key) || !exception_matches(reinterpret_cast<Object*>(Exc_TypeError)))
      throw;
    clear_exception();
    SetObject* tmp = make_new_set(&FrozenSet_Type, key);
    return fn(tmp, fast_hash(tmp));
  }
  return fn(key, hash);
}

}  // namespace

// ---- public API ----------------------------------------------------------------------------
SetObject* set_new(TypeObject* type) { return make_new_set(type, nullptr); }

SetObject* set_from_iterable(TypeObject* type, Object* iterable) {
  return make_new_set(type, iterable);
}

void set_add(SetObject* s, Object* key) { set_add_entry(s, key, fast_hash(key)); }

void set_add_hashed(SetObject* s, Object* key, intptr_t hash) { set_add_entry(s, key, hash); }

bool set_contains(SetObject* s, Object* key) {
  return with_set_key_fallback(key, [&](Object* k, intptr_t h) { return set_contains_entry(s, k, h); });
}

bool set_discard(SetObject* s, Object* key) {
  return with_set_key_fallback(key, [&](Object* k, intptr_t h) { return set_discard_entry(s, k, h); });
}

bool set_next(SetObject* s, intptr_t* pos, Object** key) {
  SetEntry* e;
  if (!set_next_entry(s, pos, &e)) return false;
  *key = e->key;
  return true;
}

void set_update(SetObject* s, Object* iterable) { set_update_internal(s, iterable); }

Object* set_pop(SetObject* so) {
  if (so->used == 0) {
    Object* msg = str_from_cstr("pop from an empty set");
    raise_args(Exc_KeyError, &msg, 1);
  }
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (entry->key == nullptr || entry->key == kDummy) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Object* key = entry->key;
  entry->key = kDummy;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}

void set_clear(SetObject* s) { set_clear_internal(s); }

intptr_t set_size(Object* s) { return as_set(s)->used; }

SetObject* set_copy(SetObject* so) { return make_new_set_basetype(type_of(so), so); }

Object* set_intersection(SetObject* so, Object* other) {
  if (so == other) return set_copy(so);
  SetObject* result = make_new_set_basetype(type_of(so), nullptr);
  if (is_anyset(other)) {
    SetObject* a = so;
    SetObject* b = as_set(other);
    if (b->used > a->used) {
      SetObject* t = a;
      a = b;
      b = t;
    }
    intptr_t pos = 0;
    SetEntry* entry;
    while (set_next_entry(b, &pos, &entry)) {
      Object* key = entry->key;
      intptr_t hash = entry->hash;
      if (set_contains_entry(a, key, hash)) set_add_entry(result, key, hash);
    }
    return result;
  }
  Object* it = get_iter(other);
  while (Object* key = iter_next(it)) {
    intptr_t hash = fast_hash(key);
    if (set_contains_entry(so, key, hash)) {
      set_add_entry(result, key, hash);
      if (result->used >= so->used) break;
    }
  }
  return result;
}

void set_difference_update(SetObject* so, Object* other) {
  if (so == other) {
    set_clear_internal(so);
    return;
  }
  if (is_anyset(other)) {
    SetObject* o = as_set(other);
    if ((o->used >> 3) > so->used) o = as_set(set_intersection(so, other));
    intptr_t pos = 0;
    SetEntry* entry;
    while (set_next_entry(o, &pos, &entry)) set_discard_entry(so, entry->key, entry->hash);
  } else {
    Object* it = get_iter(other);
    while (Object* key = iter_next(it)) set_discard(so, key);
  }
  // If more than 1/4th are dummies, then resize them away.
  if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return;
  set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

void set_symmetric_difference_update(SetObject* so, Object* other) {
  if (so == other) {
    set_clear_internal(so);
    return;
  }
  if (is_dict_exact(other)) {
    DictObject* d = static_cast<DictObject*>(other);
    for (intptr_t k = 0; k < d->nentries; k++) {
      DictEntry* e = &d->entries[k];
      if (!e->key) continue;
      if (!set_discard_entry(so, e->key, e->hash)) set_add_entry(so, e->key, e->hash);
    }
    return;
  }
  SetObject* otherset = is_anyset(other) ? as_set(other) : make_new_set_basetype(type_of(so), other);
  intptr_t pos = 0;
  SetEntry* entry;
  while (set_next_entry(otherset, &pos, &entry)) {
    Object* key = entry->key;
    intptr_t hash = entry->hash;
    if (!set_discard_entry(so, key, hash)) set_add_entry(so, key, hash);
  }
}

namespace {

// ---- set algebra ---------------------------------------------------------------------------
SetObject* set_difference(SetObject* so, Object* other) {
  intptr_t other_size;
  if (is_anyset(other)) {
    other_size = as_set(other)->used;
  } else if (is_dict_exact(other)) {
    other_size = static_cast<DictObject*>(other)->used;
  } else {
    SetObject* r = set_copy(so);
    set_difference_update(r, other);
    return r;
  }
  if ((so->used >> 2) > other_size) {
    SetObject* r = set_copy(so);
    set_difference_update(r, other);
    return r;
  }
  SetObject* result = make_new_set_basetype(type_of(so), nullptr);
  intptr_t pos = 0;
  SetEntry* entry;
  if (is_dict_exact(other)) {
    DictObject* d = static_cast<DictObject*>(other);
    while (set_next_entry(so, &pos, &entry)) {
      Object* key = entry->key;
      intptr_t hash = entry->hash;
      if (dict_lookup_index(d, key, hash) < 0) set_add_entry(result, key, hash);
    }
    return result;
  }
  while (set_next_entry(so, &pos, &entry)) {
    Object* key = entry->key;
    intptr_t hash = entry->hash;
    if (!set_contains_entry(as_set(other), key, hash)) set_add_entry(result, key, hash);
  }
  return result;
}

SetObject* set_symmetric_difference(SetObject* so, Object* other) {
  SetObject* otherset = make_new_set_basetype(type_of(so), other);
  set_symmetric_difference_update(otherset, so);
  return otherset;
}

bool set_issubset(SetObject* so, Object* other) {
  if (!is_anyset(other)) {
    SetObject* tmp = make_new_set(&Set_Type, other);
    return set_issubset(so, tmp);
  }
  SetObject* o = as_set(other);
  if (so->used > o->used) return false;
  intptr_t pos = 0;
  SetEntry* entry;
  while (set_next_entry(so, &pos, &entry)) {
    if (!set_contains_entry(o, entry->key, entry->hash)) return false;
  }
  return true;
}

bool set_issuperset(SetObject* so, Object* other) {
  if (!is_anyset(other)) {
    SetObject* tmp = make_new_set(&Set_Type, other);
    return set_issuperset(so, tmp);
  }
  return set_issubset(as_set(other), so);
}

bool set_isdisjoint(SetObject* so, Object* other) {
  if (so == other) return so->used == 0;
  if (is_anyset_exact(other)) {
    SetObject* a = so;
    SetObject* b = as_set(other);
    if (b->used > a->used) {
      SetObject* t = a;
      a = b;
      b = t;
    }
    intptr_t pos = 0;
    SetEntry* entry;
    while (set_next_entry(b, &pos, &entry)) {
      if (set_contains_entry(a, entry->key, entry->hash)) return false;
    }
    return true;
  }
  Object* it = get_iter(other);
  while (Object* key = iter_next(it)) {
    if (set_contains_entry(so, key, fast_hash(key))) return false;
  }
  return true;
}

Object* set_intersection_multi(SetObject* so, Object* const* args, size_t nargs) {
  if (nargs == 0) return set_copy(so);
  Object* result = so;
  for (size_t i = 0; i < nargs; i++) result = set_intersection(as_set(result), args[i]);
  return result;
}

// ---- hash ----------------------------------------------------------------------------------
inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

intptr_t frozenset_hash(Object* self) {
  SetObject* so = as_set(self);
  if (so->hash != -1) return so->hash;
  ensure_table(so);
  uint64_t hash = 0;
  for (SetEntry* entry = so->table; entry <= &so->table[so->mask]; entry++)
    hash ^= shuffle_bits(static_cast<uint64_t>(entry->hash));
  // Remove the effect of an odd number of NULL entries and of dummy entries.
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713UL;
  so->hash = static_cast<intptr_t>(hash);
  return so->hash;
}


// ---- repr ----------------------------------------------------------------------------------
struct ReprGuard {
  Object* o;
  bool entered;
  explicit ReprGuard(Object* obj) : o(obj), entered(repr_enter(obj)) {}
  ~ReprGuard() {
    if (entered) repr_leave(o);
  }
};

Object* set_repr(Object* self) {
  SetObject* so = as_set(self);
  const char* name = type_name(self);
  ReprGuard guard(self);
  if (!guard.entered) return str_format_c("%s(...)", name);
  if (so->used == 0) return str_format_c("%s()", name);
  ListObject* keys = list_new(0);
  intptr_t pos = 0;
  SetEntry* entry;
  while (set_next_entry(so, &pos, &entry)) list_append(keys, entry->key);
  bool exact = self->ob_type == &Set_Type;
  ListObject* parts = list_new(0);
  list_append(parts, exact ? str_from_cstr("{") : str_format_c("%s({", name));
  StrObject* sep = str_from_cstr(", ");
  for (intptr_t i = 0; i < keys->size; i++) {
    if (i > 0) list_append(parts, sep);
    list_append(parts, repr(keys->items[i]));
  }
  list_append(parts, str_from_cstr(exact ? "}" : "})"));
  return str_join_array(parts->items, static_cast<size_t>(parts->size));
}

// ---- slots ---------------------------------------------------------------------------------
intptr_t set_len(Object* self) { return as_set(self)->used; }

int set_sq_contains(Object* self, Object* key) { return set_contains(as_set(self), key); }

Object* set_richcompare(Object* v, Object* w, int op) {
  if (!is_anyset(v)) {
    if (!is_anyset(w)) return Py_NotImplemented;
    static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
    Object* t = v;
    v = w;
    w = t;
    op = swapped[op];
  }
  if (!is_anyset(w)) return Py_NotImplemented;
  SetObject* a = as_set(v);
  SetObject* b = as_set(w);
  switch (op) {
    case CMP_EQ:
      if (a->used != b->used) return Py_False;
      if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return Py_False;
      return py_bool(set_issubset(a, w));
    case CMP_NE: {
      if (a->used != b->used) return Py_True;
      if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return Py_True;
      return py_bool(!set_issubset(a, w));
    }
    case CMP_LE:
      return py_bool(set_issubset(a, w));
    case CMP_GE:
      return py_bool(set_issuperset(a, w));
    case CMP_LT:
      if (a->used >= b->used) return Py_False;
      return py_bool(set_issubset(a, w));
    case CMP_GT:
      if (a->used <= b->used) return Py_False;
      return py_bool(set_issuperset(a, w));
  }
  return Py_NotImplemented;
}

Object* set_or(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Py_NotImplemented;
  SetObject* result = set_copy(as_set(a));
  if (a == b) return result;
  set_update_internal(result, b);
  return result;
}

Object* set_and(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Py_NotImplemented;
  return set_intersection(as_set(a), b);
}

Object* set_sub(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Py_NotImplemented;
  return set_difference(as_set(a), b);
}

Object* set_xor(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return Py_NotImplemented;
  return set_symmetric_difference(as_set(a), b);
}

Object* set_ior(Object* a, Object* b) {
  if (!is_anyset(b)) return Py_NotImplemented;
  set_update_internal(as_set(a), b);
  return a;
}

Object* set_iand(Object* a, Object* b) {
  if (!is_anyset(b)) return Py_NotImplemented;
  SetObject* tmp = as_set(set_intersection(as_set(a), b));
  set_swap_bodies(as_set(a), tmp);
  return a;
}

Object* set_isub(Object* a, Object* b) {
  if (!is_anyset(b)) return Py_NotImplemented;
  set_difference_update(as_set(a), b);
  return a;
}

Object* set_ixor(Object* a, Object* b) {
  if (!is_anyset(b)) return Py_NotImplemented;
  set_symmetric_difference_update(as_set(a), b);
  return a;
}

// ---- iterator ------------------------------------------------------------------------------
Object* self_iter(Object* self) { return self; }

Object* set_iter(Object* self) {
  SetObject* so = as_set(self);
  SetIterObject* it = alloc_object<SetIterObject>(&SetIter_Type);
  it->set = so;
  it->used = so->used;
  it->pos = 0;
  it->len = so->used;
  return it;
}

Object* setiter_next(Object* self) {
  SetIterObject* si = static_cast<SetIterObject*>(self);
  SetObject* so = si->set;
  if (!so) return nullptr;
  if (si->used != so->used) {
    si->used = -1;  // make this state sticky
    raise_fmt(Exc_RuntimeError, "Set changed size during iteration");
  }
  intptr_t i = si->pos;
  SetEntry* entry = so->table;
  intptr_t mask = so->mask;
  if (!entry) {
    si->set = nullptr;
    return nullptr;
  }
  while (i <= mask && (entry[i].key == nullptr || entry[i].key == kDummy)) i++;
  si->pos = i + 1;
  if (i > mask) {
    si->set = nullptr;
    return nullptr;
  }
  si->len--;
  return entry[i].key;
}

Object* setiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("set_iterator.__length_hint__", kwnames);
  check_nargs("set_iterator.__length_hint__", nargs, 0, 0);
  SetIterObject* si = static_cast<SetIterObject*>(self);
  intptr_t len = 0;
  if (si->set && si->used == si->set->used) len = si->len;
  return int_from_intptr(len);
}

const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- constructors --------------------------------------------------------------------------
Object* set_tp_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  return make_new_set(type, nullptr);
}

void set_tp_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) raise_type_error("set() takes no keyword arguments");
  check_nargs(type_name(self), nargs, 0, 1);
  SetObject* so = as_set(self);
  if (so->fill) set_clear_internal(so);
  so->hash = -1;
  if (nargs == 1) set_update_internal(so, args[0]);
}

Object* frozenset_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0 &&
      (type == &FrozenSet_Type || type->tp_init == FrozenSet_Type.tp_init))
    raise_type_error("frozenset() takes no keyword arguments");
  check_nargs(type->tp_name, nargs, 0, 1);
  return make_new_frozenset(type, nargs ? args[0] : nullptr);
}

// ---- methods -------------------------------------------------------------------------------
inline void no_kwargs(const char* name, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs(name, kwnames);
}

Object* m_add(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.add", kwnames);
  if (nargs != 1) check_nargs("set.add", nargs, 1, 1);
  set_add(as_set(self), args[0]);
  return Py_None;
}

Object* m_discard(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.discard", kwnames);
  check_nargs("set.discard", nargs, 1, 1);
  set_discard(as_set(self), args[0]);
  return Py_None;
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.remove", kwnames);
  check_nargs("set.remove", nargs, 1, 1);
  if (!set_discard(as_set(self), args[0])) raise_key_error(args[0]);
  return Py_None;
}

Object* m_pop(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.pop", kwnames);
  check_nargs("set.pop", nargs, 0, 0);
  return set_pop(as_set(self));
}

Object* m_clear(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.clear", kwnames);
  check_nargs("set.clear", nargs, 0, 0);
  set_clear_internal(as_set(self));
  return Py_None;
}

Object* m_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  const char* name = self->ob_type == &Set_Type || is_subtype(self->ob_type, &Set_Type)
                         ? "set.copy"
                         : "frozenset.copy";
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 0, 0);
  if (is_frozenset_exact(self)) return self;
  return set_copy(as_set(self));
}

Object* m_update(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.update", kwnames);
  for (size_t i = 0; i < nargs; i++) set_update_internal(as_set(self), args[i]);
  return Py_None;
}

Object* m_union(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs(is_set_or_subclass(self) ? "set.union" : "frozenset.union", kwnames);
  SetObject* result = set_copy(as_set(self));
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self) continue;
    set_update_internal(result, args[i]);
  }
  return result;
}

Object* m_intersection(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs(is_set_or_subclass(self) ? "set.intersection" : "frozenset.intersection", kwnames);
  return set_intersection_multi(as_set(self), args, nargs);
}

Object* m_intersection_update(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.intersection_update", kwnames);
  SetObject* tmp = as_set(set_intersection_multi(as_set(self), args, nargs));
  set_swap_bodies(as_set(self), tmp);
  return Py_None;
}

Object* m_difference(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs(is_set_or_subclass(self) ? "set.difference" : "frozenset.difference", kwnames);
  SetObject* so = as_set(self);
  if (nargs == 0) return set_copy(so);
  SetObject* result = set_difference(so, args[0]);
  for (size_t i = 1; i < nargs; i++) set_difference_update(result, args[i]);
  return result;
}

Object* m_difference_update(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.difference_update", kwnames);
  for (size_t i = 0; i < nargs; i++) set_difference_update(as_set(self), args[i]);
  return Py_None;
}

Object* m_symmetric_difference(Object* self, Object* const* args, size_t nargs,
                               TupleObject* kwnames) {
  const char* name =
      is_set_or_subclass(self) ? "set.symmetric_difference" : "frozenset.symmetric_difference";
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  return set_symmetric_difference(as_set(self), args[0]);
}

Object* m_symmetric_difference_update(Object* self, Object* const* args, size_t nargs,
                                      TupleObject* kwnames) {
  no_kwargs("set.symmetric_difference_update", kwnames);
  check_nargs("set.symmetric_difference_update", nargs, 1, 1);
  set_symmetric_difference_update(as_set(self), args[0]);
  return Py_None;
}

Object* m_issubset(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  const char* name = is_set_or_subclass(self) ? "set.issubset" : "frozenset.issubset";
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  return py_bool(set_issubset(as_set(self), args[0]));
}

Object* m_issuperset(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  const char* name = is_set_or_subclass(self) ? "set.issuperset" : "frozenset.issuperset";
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  return py_bool(set_issuperset(as_set(self), args[0]));
}

Object* m_isdisjoint(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  const char* name = is_set_or_subclass(self) ? "set.isdisjoint" : "frozenset.isdisjoint";
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  return py_bool(set_isdisjoint(as_set(self), args[0]));
}

Object* m_contains(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  const char* name = is_set_or_subclass(self) ? "set.__contains__" : "frozenset.__contains__";
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  return py_bool(set_contains(as_set(self), args[0]));
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("set.__sizeof__", kwnames);
  check_nargs("set.__sizeof__", nargs, 0, 0);
  SetObject* so = as_set(self);
  intptr_t size = type_of(self)->tp_basicsize;
  if (so->mask > kMinSize - 1) size += (so->mask + 1) * static_cast<intptr_t>(sizeof(SetEntry));
  return int_from_intptr(size);
}

#define DOC_DIFFERENCE \
  "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in " \
  "this set but not the others.)"
#define DOC_INTERSECTION \
  "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"
#define DOC_SYMDIFF \
  "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in " \
  "exactly one of the sets.)"
#define DOC_UNION "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"

const MethodDef set_methods[] = {
    SLOTPY_CLASS_GETITEM_METHOD,
    {"add", m_add, METH_DEFAULT,
     "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from this set."},
    {"__contains__", m_contains, METH_DEFAULT, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a set."},
    {"discard", m_discard, METH_DEFAULT,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() "
     "method does not raise\nan exception when an element is missing from the set."},
    {"difference", m_difference, METH_DEFAULT, DOC_DIFFERENCE},
    {"difference_update", m_difference_update, METH_DEFAULT,
     "Remove all elements of another set from this set."},
    {"intersection", m_intersection, METH_DEFAULT, DOC_INTERSECTION},
    {"intersection_update", m_intersection_update, METH_DEFAULT,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_DEFAULT, "Report whether this set contains another set."},
    {"pop", m_pop, METH_DEFAULT,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove", m_remove, METH_DEFAULT,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise "
     "a KeyError."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT, DOC_SYMDIFF},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_DEFAULT,
     "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, METH_DEFAULT, DOC_UNION},
    {"update", m_update, METH_DEFAULT, "Update a set with the union of itself and others."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef frozenset_methods[] = {
    SLOTPY_CLASS_GETITEM_METHOD,
    {"__contains__", m_contains, METH_DEFAULT, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a set."},
    {"difference", m_difference, METH_DEFAULT, DOC_DIFFERENCE},
    {"intersection", m_intersection, METH_DEFAULT, DOC_INTERSECTION},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_DEFAULT, "Report whether this set contains another set."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT, DOC_SYMDIFF},
    {"union", m_union, METH_DEFAULT, DOC_UNION},
    {nullptr, nullptr, 0, nullptr},
};

void fill_common(TypeObject* t) {
  t->tp_basicsize = sizeof(SetObject);
  t->tp_weaklistoffset = offsetof(SetObject, weakreflist);
  t->tp_repr = set_repr;
  t->tp_richcompare = set_richcompare;
  t->tp_iter = set_iter;
  t->mp_length = set_len;
  t->sq_contains = set_sq_contains;
  t->nb_subtract = set_sub;
  t->nb_and = set_and;
  t->nb_xor = set_xor;
  t->nb_or = set_or;
}

}  // namespace

void init_set_type() {
  TypeObject* t = &Set_Type;
  fill_common(t);
  t->tp_name = "set";
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_IMMUTABLETYPE;
  t->tp_doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
              "collection of unique elements.";
  t->tp_methods = set_methods;
  t->tp_hash = g_hash_not_implemented;
  t->tp_new = set_tp_new;
  t->tp_init = set_tp_init;
  t->nb_inplace_subtract = set_isub;
  t->nb_inplace_and = set_iand;
  t->nb_inplace_xor = set_ixor;
  t->nb_inplace_or = set_ior;

  TypeObject* f = &FrozenSet_Type;
  fill_common(f);
  f->tp_name = "frozenset";
  f->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_IMMUTABLETYPE;
  f->tp_doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.";
  f->tp_methods = frozenset_methods;
  f->tp_hash = frozenset_hash;
  f->tp_new = frozenset_tp_new;

  TypeObject* it = &SetIter_Type;
  it->tp_name = "set_iterator";
  it->tp_basicsize = sizeof(SetIterObject);
  it->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  it->tp_iter = self_iter;
  it->tp_iternext = setiter_next;
  it->tp_methods = setiter_methods;
}

}  // namespace slotpy
