// dict: CPython 3.11's compact, insertion-ordered hash table (Objects/dictobject.c semantics).
// The views and iterators are in dictviews.cpp.
#include "runtime/genericalias.h"
#include "runtime/dictobject.h"

#include <cstring>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/listobject.h"
#include "runtime/setobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

// slotdefs.cpp: the tp_hash of unhashable types (their __hash__ is None).
extern HashFn g_hash_not_implemented;

TypeObject Dict_Type;

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr intptr_t kMinSize = 8;
constexpr int kPerturbShift = 5;

uint64_t g_dict_version = 0;

inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }

inline intptr_t usable_fraction(intptr_t n) { return (n << 1) / 3; }

// Smallest power of two >= minsize (at least kMinSize).
intptr_t size_for(intptr_t minsize) {
  intptr_t size = kMinSize;
  while (size < minsize) {
    if (size > (INTPTR_MAX >> 2)) raise_memory_error();
    size <<= 1;
  }
  return size;
}

// Index-table size for a dict that must hold n items without resizing.
intptr_t estimate_size(intptr_t n) { return size_for((n * 3 + 1) / 2); }

// Builds fresh tables of `newsize` slots holding the live entries (compacted, in order).
void dict_resize(DictObject* d, intptr_t newsize) {
  if (newsize > (intptr_t(1) << 30)) raise_memory_error();  // int32 indices
  intptr_t capacity = usable_fraction(newsize);
  int32_t* indices = static_cast<int32_t*>(gc_alloc_atomic(newsize * sizeof(int32_t)));
  std::memset(indices, 0xff, newsize * sizeof(int32_t));
  DictEntry* entries = static_cast<DictEntry*>(gc_alloc(capacity * sizeof(DictEntry)));
  size_t mask = static_cast<size_t>(newsize - 1);
  intptr_t n = 0;
  DictEntry* old = d->entries;
  for (intptr_t k = 0; k < d->nentries; k++) {
    if (!old[k].key) continue;
    entries[n] = old[k];
    size_t h = static_cast<size_t>(old[k].hash);
    size_t i = h & mask;
    size_t perturb = h;
    while (indices[i] != kEmpty) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    indices[i] = static_cast<int32_t>(n);
    n++;
  }
  d->indices = indices;
  d->entries = entries;
  d->mask = newsize - 1;
  d->capacity = capacity;
  d->nentries = n;
  d->used = n;
  d->version = dict_new_version();
}

// The entry index of key (or -1); *slot_out (if given) receives the index-table slot.
// Restarts when a user __eq__ mutates the dict, as CPython does.
intptr_t lookup(DictObject* d, Object* key, intptr_t hash, size_t* slot_out) {
restart:
  if (d->used == 0) return -1;
  DictEntry* entries = d->entries;
  const int32_t* indices = d->indices;
  size_t mask = static_cast<size_t>(d->mask);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  bool key_is_str = !is_small_int(key) && key->ob_type == &Str_Type;
  for (;;) {
    int32_t ix = indices[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry* e = &entries[ix];
      Object* startkey = e->key;
      if (startkey == key) {
        if (slot_out) *slot_out = i;
        return ix;
      }
      if (e->hash == hash) {
        if (key_is_str && !is_small_int(startkey) && startkey->ob_type == &Str_Type) {
          if (str_eq(static_cast<StrObject*>(startkey), static_cast<StrObject*>(key))) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        } else if (!(is_small_int(startkey) && is_small_int(key))) {
          bool equal = rich_compare_bool(startkey, key, CMP_EQ);
          if (d->entries != entries || d->indices != indices || e->key != startkey) goto restart;
          if (equal) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The index-table slot holding entry `index` (which must be present).
size_t lookup_slot_of_index(DictObject* d, intptr_t hash, intptr_t index) {
  size_t mask = static_cast<size_t>(d->mask);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    if (d->indices[i] == index) return i;
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Inserts a key known to be absent.
void insert_new(DictObject* d, Object* key, intptr_t hash, Object* value) {
  if (d->nentries >= d->capacity) dict_resize(d, size_for(d->used * 3));
  size_t mask = static_cast<size_t>(d->mask);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (d->indices[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  intptr_t n = d->nentries;
  d->indices[i] = static_cast<int32_t>(n);
  DictEntry* e = &d->entries[n];
  e->hash = hash;
  e->key = key;
  e->value = value;
  d->nentries = n + 1;
  d->used++;
  d->version = dict_new_version();
}

void insert(DictObject* d, Object* key, intptr_t hash, Object* value) {
  intptr_t ix = lookup(d, key, hash, nullptr);
  if (ix >= 0) {
    d->entries[ix].value = value;
    return;
  }
  insert_new(d, key, hash, value);
}

void delete_at(DictObject* d, size_t slot, intptr_t ix) {
  d->indices[slot] = kDummy;
  DictEntry* e = &d->entries[ix];
  e->key = nullptr;
  e->value = nullptr;
  d->used--;
  d->version = dict_new_version();
}

void reset_tables(DictObject* d) {
  d->indices = nullptr;
  d->entries = nullptr;
  d->mask = 0;
  d->capacity = 0;
  d->nentries = 0;
  d->used = 0;
}

}  // namespace

// ---- public API ----------------------------------------------------------------------------
uint64_t dict_new_version() { return ++g_dict_version; }

DictObject* dict_new() {
  DictObject* d = alloc_object<DictObject>(&Dict_Type);
  d->version = dict_new_version();
  return d;
}

DictObject* dict_new_presized(intptr_t n) {
  DictObject* d = dict_new();
  if (n > 5) dict_resize(d, estimate_size(n));
  return d;
}

Object* dict_get_hashed(DictObject* d, Object* key, intptr_t hash) {
  intptr_t ix = lookup(d, key, hash, nullptr);
  return ix >= 0 ? d->entries[ix].value : nullptr;
}

Object* dict_get(DictObject* d, Object* key) {
  if (d->used == 0) {
    fast_hash(key);  // unhashable keys raise even for an empty dict
    return nullptr;
  }
  return dict_get_hashed(d, key, fast_hash(key));
}

Object* dict_get_str(DictObject* d, StrObject* key) {
  if (d->used == 0) return nullptr;
  intptr_t hash = key->hash != -1 ? key->hash : str_hash(key);
  const int32_t* indices = d->indices;
  DictEntry* entries = d->entries;
  size_t mask = static_cast<size_t>(d->mask);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int32_t ix = indices[i];
    if (ix == kEmpty) return nullptr;
    if (ix >= 0) {
      DictEntry* e = &entries[ix];
      Object* k = e->key;
      if (k == key) return e->value;
      if (e->hash == hash && !is_small_int(k)) {
        if (k->ob_type != &Str_Type) return dict_get_hashed(d, key, hash);
        if (str_eq(static_cast<StrObject*>(k), key)) return e->value;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Object* dict_get_cstr(DictObject* d, const char* key) { return dict_get_str(d, intern(key)); }

intptr_t dict_lookup_index(DictObject* d, Object* key, intptr_t hash) {
  return lookup(d, key, hash, nullptr);
}

void dict_set_hashed(DictObject* d, Object* key, intptr_t hash, Object* value) {
  insert(d, key, hash, value);
}

void dict_set(DictObject* d, Object* key, Object* value) { insert(d, key, fast_hash(key), value); }

void dict_set_str(DictObject* d, StrObject* key, Object* value) {
  insert(d, key, key->hash != -1 ? key->hash : str_hash(key), value);
}

void dict_set_cstr(DictObject* d, const char* key, Object* value) {
  dict_set_str(d, intern(key), value);
}

bool dict_del(DictObject* d, Object* key) {
  intptr_t hash = fast_hash(key);
  size_t slot;
  intptr_t ix = lookup(d, key, hash, &slot);
  if (ix < 0) return false;
  delete_at(d, slot, ix);
  return true;
}

bool dict_contains(DictObject* d, Object* key) {
  intptr_t hash = fast_hash(key);
  return lookup(d, key, hash, nullptr) >= 0;
}

Object* dict_pop(DictObject* d, Object* key, Object* deflt) {
  intptr_t hash = fast_hash(key);
  size_t slot;
  intptr_t ix = lookup(d, key, hash, &slot);
  if (ix < 0) {
    if (deflt) return deflt;
    raise_key_error(key);
  }
  Object* value = d->entries[ix].value;
  delete_at(d, slot, ix);
  return value;
}

Object* dict_setdefault(DictObject* d, Object* key, Object* deflt) {
  intptr_t hash = fast_hash(key);
  intptr_t ix = lookup(d, key, hash, nullptr);
  if (ix >= 0) return d->entries[ix].value;
  insert_new(d, key, hash, deflt);
  return deflt;
}

void dict_clear(DictObject* d) {
  reset_tables(d);
  d->version = dict_new_version();
}

DictObject* dict_copy(DictObject* d) {
  DictObject* r = dict_new();
  if (d->used == 0) return r;
  if (d->nentries == d->used) {
    // Compact: clone the tables.
    intptr_t size = d->mask + 1;
    r->indices = static_cast<int32_t*>(gc_alloc_atomic(size * sizeof(int32_t)));
    std::memcpy(r->indices, d->indices, size * sizeof(int32_t));
    r->entries = static_cast<DictEntry*>(gc_alloc(d->capacity * sizeof(DictEntry)));
    std::memcpy(r->entries, d->entries, d->nentries * sizeof(DictEntry));
    r->mask = d->mask;
    r->capacity = d->capacity;
    r->nentries = d->nentries;
    r->used = d->used;
    return r;
  }
  dict_resize(r, estimate_size(d->used));
  for (intptr_t k = 0; k < d->nentries; k++) {
    DictEntry* e = &d->entries[k];
    if (e->key) insert_new(r, e->key, e->hash, e->value);
  }
  return r;
}

bool dict_next(DictObject* d, intptr_t* pos, Object** key, Object** value) {
  intptr_t i = *pos;
  while (i < d->nentries) {
    DictEntry* e = &d->entries[i];
    i++;
    if (e->key) {
      *pos = i;
      if (key) *key = e->key;
      if (value) *value = e->value;
      return true;
    }
  }
  *pos = i;
  return false;
}

ListObject* dict_keys_list(DictObject* d) {
  ListObject* l = list_new(d->used);
  intptr_t n = 0;
  for (intptr_t k = 0; k < d->nentries && n < l->size; k++) {
    if (d->entries[k].key) l->items[n++] = d->entries[k].key;
  }
  return l;
}

ListObject* dict_values_list(DictObject* d) {
  ListObject* l = list_new(d->used);
  intptr_t n = 0;
  for (intptr_t k = 0; k < d->nentries && n < l->size; k++) {
    if (d->entries[k].key) l->items[n++] = d->entries[k].value;
  }
  return l;
}

ListObject* dict_items_list(DictObject* d) {
  ListObject* l = list_new(d->used);
  intptr_t n = 0;
  for (intptr_t k = 0; k < d->nentries && n < l->size; k++) {
    DictEntry* e = &d->entries[k];
    if (e->key) l->items[n++] = tuple_pack({e->key, e->value});
  }
  return l;
}

namespace {

Object* dict_tp_iter(Object* self);

// PyMapping_Keys(o) as a list.
ListObject* mapping_keys(Object* o) {
  if (is_dict_exact(o)) return dict_keys_list(as_dict(o));
  static StrObject* keys_name = intern("keys");
  Object* out = call_method(o, keys_name, nullptr, 0);
  if (is_list_exact(out)) return static_cast<ListObject*>(out);
  Object* it;
  try {
    it = get_iter(out);
  } catch (PyError&) {
    if (exception_matches(reinterpret_cast<Object*>(Exc_TypeError))) {
      clear_exception();
      raise_type_error("%s.keys() returned a non-iterable (type %s)", type_name(o), type_name(out));
    }
    throw;
  }
  return list_from_iterable(it);
}

}  // namespace

void dict_merge(DictObject* d, Object* b, int override) {
  if (is_dict(b) && type_of(b)->tp_iter == dict_tp_iter) {
    DictObject* other = as_dict(b);
    if (other == d || other->used == 0) return;
    if (d->used == 0) override = 1;
    if (usable_fraction(d->mask + 1) < other->used || d->capacity == 0)
      dict_resize(d, estimate_size(d->used + other->used));
    intptr_t n = other->nentries;
    for (intptr_t i = 0; i < n; i++) {
      DictEntry* e = &other->entries[i];
      Object* key = e->key;
      if (!key) continue;
      Object* value = e->value;
      intptr_t hash = e->hash;
      if (override == 1) {
        insert(d, key, hash, value);
      } else if (lookup(d, key, hash, nullptr) < 0) {
        insert_new(d, key, hash, value);
      } else if (override != 0) {
        raise_key_error(key);
      }
      if (n != other->nentries) raise_fmt(Exc_RuntimeError, "dict mutated during update");
    }
    return;
  }
  ListObject* keys = mapping_keys(b);
  Object* it = get_iter(keys);
  while (Object* key = iter_next(it)) {
    if (override != 1) {
      if (dict_contains(d, key)) {
        if (override == 0) continue;
        raise_key_error(key);
      }
    }
    Object* value = get_item(b, key);
    dict_set(d, key, value);
  }
}

namespace {

void merge_from_seq2(DictObject* d, Object* seq2) {
  Object* it = get_iter(seq2);
  for (intptr_t i = 0;; ++i) {
    Object* item = iter_next(it);
    if (!item) break;
    Object* const* items;
    intptr_t n;
    try {
      sequence_fast(item, "", &items, &n);
    } catch (PyError&) {
      if (exception_matches(reinterpret_cast<Object*>(Exc_TypeError))) {
        clear_exception();
        raise_type_error("cannot convert dictionary update sequence element #%zd to a sequence", i);
      }
      throw;
    }
    if (n != 2)
      raise_value_error("dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
    Object* key = items[0];
    Object* value = items[1];
    dict_set(d, key, value);
  }
}

}  // namespace

void dict_update_arg(DictObject* d, Object* arg) {
  if (is_dict_exact(arg)) {
    dict_merge(d, arg, 1);
    return;
  }
  static StrObject* keys_name = intern("keys");
  if (get_attr_or_null(arg, keys_name)) {
    dict_merge(d, arg, 1);
    return;
  }
  merge_from_seq2(d, arg);
}

void dict_update(DictObject* d, Object* other) { dict_update_arg(d, other); }

Object* dict_subscript(Object* self, Object* key) {
  DictObject* d = as_dict(self);
  intptr_t hash = fast_hash(key);
  intptr_t ix = lookup(d, key, hash, nullptr);
  if (ix >= 0) return d->entries[ix].value;
  TypeObject* type = type_of(self);
  if (type != &Dict_Type) {
    static StrObject* missing_name = intern("__missing__");
    Object* missing = type_lookup(type, missing_name);
    if (missing) {
      TypeObject* mt = type_of(missing);
      if (mt == &Function_Type) return call2(missing, self, key);
      if (mt->tp_descr_get) missing = mt->tp_descr_get(missing, self, type);
      return call1(missing, key);
    }
  }
  raise_key_error(key);
}

namespace {

// ---- slots ---------------------------------------------------------------------------------
struct ReprGuard {
  Object* o;
  bool entered;
  explicit ReprGuard(Object* obj) : o(obj), entered(repr_enter(obj)) {}
  ~ReprGuard() {
    if (entered) repr_leave(o);
  }
};

Object* dict_repr(Object* self) {
  DictObject* d = as_dict(self);
  ReprGuard guard(self);
  if (!guard.entered) return str_from_cstr("{...}");
  if (d->used == 0) return str_from_cstr("{}");
  ListObject* parts = list_new(0);
  StrObject* sep = str_from_cstr(", ");
  StrObject* colon = str_from_cstr(": ");
  list_append(parts, str_from_cstr("{"));
  intptr_t pos = 0;
  Object *key, *value;
  bool first = true;
  while (dict_next(d, &pos, &key, &value)) {
    if (!first) list_append(parts, sep);
    first = false;
    list_append(parts, repr(key));
    list_append(parts, colon);
    list_append(parts, repr(value));
  }
  list_append(parts, str_from_cstr("}"));
  return str_join_array(parts->items, static_cast<size_t>(parts->size));
}

bool dict_equal(DictObject* a, DictObject* b) {
  if (a->used != b->used) return false;
  for (intptr_t i = 0; i < a->nentries; i++) {
    DictEntry* e = &a->entries[i];
    Object* aval = e->value;
    if (!e->key) continue;
    Object* key = e->key;
    Object* bval = dict_get_hashed(b, key, e->hash);
    if (!bval) return false;
    if (!fast_eq(aval, bval)) return false;
  }
  return true;
}

Object* dict_richcompare(Object* v, Object* w, int op) {
  if (!is_dict(v) || !is_dict(w) || (op != CMP_EQ && op != CMP_NE)) return Py_NotImplemented;
  bool eq = dict_equal(as_dict(v), as_dict(w));
  return py_bool(op == CMP_EQ ? eq : !eq);
}

intptr_t dict_length(Object* self) { return as_dict(self)->used; }

void dict_ass_subscript(Object* self, Object* key, Object* value) {
  DictObject* d = as_dict(self);
  if (value) {
    dict_set(d, key, value);
  } else if (!dict_del(d, key)) {
    raise_key_error(key);
  }
}

int dict_sq_contains(Object* self, Object* key) { return dict_contains(as_dict(self), key); }

Object* dict_tp_iter(Object* self) { return dict_iter_new(as_dict(self), &DictKeyIter_Type); }

Object* dict_or(Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return Py_NotImplemented;
  DictObject* r = dict_copy(as_dict(a));
  dict_update_arg(r, b);
  return r;
}

Object* dict_ior(Object* a, Object* b) {
  if (!is_dict(a)) return Py_NotImplemented;
  dict_update_arg(as_dict(a), b);
  return a;
}


Object* dict_tp_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  if (type == &Dict_Type) return dict_new();
  DictObject* d = static_cast<DictObject*>(type_alloc(type));
  reset_tables(d);
  d->version = dict_new_version();
  return d;
}

// dict.update / dict.__init__: one optional positional argument, then the keyword arguments.
void update_common(DictObject* d, Object* const* args, size_t nargs, TupleObject* kwnames,
                   const char* name) {
  check_nargs(name, nargs, 0, 1);
  if (nargs == 1) dict_update_arg(d, args[0]);
  if (kwnames) {
    for (intptr_t i = 0; i < kwnames->ob_size; i++) dict_set(d, kwnames->items[i], args[nargs + i]);
  }
}

void dict_tp_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  update_common(as_dict(self), args, nargs, kwnames, "dict");
}

// ---- methods -------------------------------------------------------------------------------
inline void no_kwargs(const char* name, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs(name, kwnames);
}

Object* m_get(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.get", kwnames);
  if (nargs - 1 > 1) check_nargs("get", nargs, 1, 2);
  Object* v = dict_get(as_dict(self), args[0]);
  if (v) return v;
  return nargs > 1 ? args[1] : Py_None;
}

Object* m_setdefault(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.setdefault", kwnames);
  check_nargs("setdefault", nargs, 1, 2);
  return dict_setdefault(as_dict(self), args[0], nargs > 1 ? args[1] : Py_None);
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.pop", kwnames);
  check_nargs("pop", nargs, 1, 2);
  return dict_pop(as_dict(self), args[0], nargs > 1 ? args[1] : nullptr);
}

Object* m_popitem(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.popitem", kwnames);
  check_nargs("dict.popitem", nargs, 0, 0);
  DictObject* d = as_dict(self);
  if (d->used == 0) {
    Object* msg = str_from_cstr("popitem(): dictionary is empty");
    raise_args(Exc_KeyError, &msg, 1);
  }
  intptr_t i = d->nentries - 1;
  while (i >= 0 && !d->entries[i].key) i--;
  DictEntry* e = &d->entries[i];
  TupleObject* res = tuple_pack({e->key, e->value});
  size_t slot = lookup_slot_of_index(d, e->hash, i);
  d->indices[slot] = kDummy;
  e->key = nullptr;
  e->value = nullptr;
  e->hash = -1;
  d->nentries = i;
  d->used--;
  d->version = dict_new_version();
  return res;
}

Object* m_update(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  update_common(as_dict(self), args, nargs, kwnames, "update");
  return Py_None;
}

Object* m_clear(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.clear", kwnames);
  check_nargs("dict.clear", nargs, 0, 0);
  dict_clear(as_dict(self));
  return Py_None;
}

Object* m_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.copy", kwnames);
  check_nargs("dict.copy", nargs, 0, 0);
  return dict_copy(as_dict(self));
}

Object* m_keys(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.keys", kwnames);
  check_nargs("dict.keys", nargs, 0, 0);
  return dict_view_new(as_dict(self), &DictKeys_Type);
}

Object* m_values(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.values", kwnames);
  check_nargs("dict.values", nargs, 0, 0);
  return dict_view_new(as_dict(self), &DictValues_Type);
}

Object* m_items(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.items", kwnames);
  check_nargs("dict.items", nargs, 0, 0);
  return dict_view_new(as_dict(self), &DictItems_Type);
}

Object* m_contains(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.__contains__", kwnames);
  check_nargs("dict.__contains__", nargs, 1, 1);
  return py_bool(dict_contains(as_dict(self), args[0]));
}

Object* m_getitem(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.__getitem__", kwnames);
  check_nargs("dict.__getitem__", nargs, 1, 1);
  return dict_subscript(self, args[0]);
}

Object* m_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.__reversed__", kwnames);
  check_nargs("dict.__reversed__", nargs, 0, 0);
  return dict_iter_new(as_dict(self), &DictRevKeyIter_Type);
}

Object* m_fromkeys(Object* cls, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.fromkeys", kwnames);
  check_nargs("fromkeys", nargs, 1, 2);
  Object* value = nargs > 1 ? args[1] : Py_None;
  Object* d = call0(cls);
  Object* it = get_iter(args[0]);
  if (is_dict_exact(d)) {
    while (Object* key = iter_next(it)) dict_set(as_dict(d), key, value);
  } else {
    while (Object* key = iter_next(it)) set_item(d, key, value);
  }
  return d;
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("dict.__sizeof__", kwnames);
  check_nargs("dict.__sizeof__", nargs, 0, 0);
  DictObject* d = as_dict(self);
  intptr_t size = type_of(self)->tp_basicsize;
  if (d->indices)
    size += (d->mask + 1) * static_cast<intptr_t>(sizeof(int32_t)) +
            d->capacity * static_cast<intptr_t>(sizeof(DictEntry));
  return int_from_intptr(size);
}

const MethodDef dict_methods[] = {
    SLOTPY_CLASS_GETITEM_METHOD,
    {"__contains__", m_contains, METH_DEFAULT,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, METH_DEFAULT, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", m_get, METH_DEFAULT,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, METH_DEFAULT,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for "
     "key if key is in the dictionary, else default."},
    {"pop", m_pop, METH_DEFAULT,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key "
     "is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", m_popitem, METH_DEFAULT,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO "
     "(last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", m_keys, METH_DEFAULT, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, METH_DEFAULT,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, METH_DEFAULT, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, METH_DEFAULT,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has "
     "a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() "
     "method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in "
     "F:  D[k] = F[k]"},
    {"fromkeys", m_fromkeys, METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, METH_DEFAULT, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_dict_type() {
  TypeObject* t = &Dict_Type;
  t->tp_name = "dict";
  t->tp_basicsize = sizeof(DictObject);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS | TPFLAGS_IMMUTABLETYPE | TPFLAGS_MAPPING;
  t->tp_doc =
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping "
      "object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n"
      "    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary "
      "initialized with the name=value pairs\n    in the keyword argument list.  For example:  "
      "dict(one=1, two=2)";
  t->tp_methods = dict_methods;
  t->tp_repr = dict_repr;
  t->tp_hash = g_hash_not_implemented;
  t->tp_richcompare = dict_richcompare;
  t->tp_iter = dict_tp_iter;
  t->tp_new = dict_tp_new;
  t->tp_init = dict_tp_init;
  t->mp_length = dict_length;
  t->mp_subscript = dict_subscript;
  t->mp_ass_subscript = dict_ass_subscript;
  t->sq_contains = dict_sq_contains;
  t->nb_or = dict_or;
  t->nb_inplace_or = dict_ior;
  init_dictview_types();
}

}  // namespace slotpy
