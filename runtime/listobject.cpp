// list: the mutable sequence (CPython 3.11's Objects/listobject.c semantics; the sort is in
// listsort.cpp).
#include "runtime/genericalias.h"
#include "runtime/listobject.h"

#include <algorithm>
#include <cstring>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/rangeobject.h"
#include "runtime/setobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

// slotdefs.cpp: the tp_hash of unhashable types (their __hash__ is None).
extern HashFn g_hash_not_implemented;

TypeObject List_Type;
TypeObject ListIter_Type;
TypeObject ListRevIter_Type;

namespace {

constexpr intptr_t kMaxListSize = INTPTR_MAX / static_cast<intptr_t>(sizeof(Object*));

inline ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }

Object** alloc_items(intptr_t n) {
  if (n > kMaxListSize) raise_memory_error();
  return static_cast<Object**>(gc_alloc(static_cast<size_t>(n) * sizeof(Object*)));
}

// CPython's list_resize: over-allocates proportionally so that appends are amortized O(1).
// Slots past the new size are cleared so that the GC does not keep dropped items alive.
void list_resize(ListObject* l, intptr_t newsize) {
  intptr_t allocated = l->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    if (newsize < l->size)
      std::memset(l->items + newsize, 0, (l->size - newsize) * sizeof(Object*));
    l->size = newsize;
    return;
  }
  if (newsize > kMaxListSize) raise_memory_error();
  size_t new_allocated = (static_cast<size_t>(newsize) + (newsize >> 3) + 6) & ~static_cast<size_t>(3);
  if (newsize - l->size > static_cast<intptr_t>(new_allocated - newsize))
    new_allocated = (static_cast<size_t>(newsize) + 3) & ~static_cast<size_t>(3);
  if (newsize == 0) new_allocated = 0;
  Object** items = new_allocated ? alloc_items(static_cast<intptr_t>(new_allocated)) : nullptr;
  intptr_t keep = l->size < newsize ? l->size : newsize;
  if (keep > 0) std::memcpy(items, l->items, keep * sizeof(Object*));
  l->items = items;
  l->size = newsize;
  l->allocated = static_cast<intptr_t>(new_allocated);
}

// CPython's _list_clear: a no-op on a list without items (so that clearing the list that
// list.sort() has emptied is not seen as a modification).
void list_clear_internal(ListObject* l) {
  if (!l->items) return;
  l->items = nullptr;
  l->size = 0;
  l->allocated = 0;
}

struct ReprGuard {
  Object* o;
  bool entered;
  explicit ReprGuard(Object* obj) : o(obj), entered(repr_enter(obj)) {}
  ~ReprGuard() {
    if (entered) repr_leave(o);
  }
};

}  // namespace

// ---- public API ----------------------------------------------------------------------------
ListObject* list_new(intptr_t size) {
  if (size < 0) size = 0;
  ListObject* l = alloc_object<ListObject>(&List_Type);
  if (size > 0) {
    l->items = alloc_items(size);
    l->allocated = size;
  }
  l->size = size;
  return l;
}

ListObject* list_from(Object* const* items, size_t n) {
  ListObject* l = list_new(static_cast<intptr_t>(n));
  if (n) std::memcpy(l->items, items, n * sizeof(Object*));
  return l;
}

void list_append_slow(ListObject* l, Object* v) {
  intptr_t n = l->size;
  list_resize(l, n + 1);
  l->items[n] = v;
}

void list_append(ListObject* l, Object* v) {
  if (l->size < l->allocated) {
    l->items[l->size++] = v;
    return;
  }
  list_append_slow(l, v);
}

void list_reserve(ListObject* l, intptr_t n) {
  if (n <= l->allocated) return;
  Object** items = alloc_items(n);
  if (l->size) std::memcpy(items, l->items, l->size * sizeof(Object*));
  l->items = items;
  l->allocated = n;
}

void list_extend(ListObject* l, Object* iterable) {
  if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == l) {
    Object* const* src;
    intptr_t n;
    if (is_tuple_exact(iterable)) {
      src = static_cast<TupleObject*>(iterable)->items;
      n = static_cast<TupleObject*>(iterable)->ob_size;
    } else {
      n = as_list(iterable)->size;
      src = nullptr;
    }
    if (n == 0) return;
    intptr_t m = l->size;
    if (m > kMaxListSize - n) raise_memory_error();
    list_resize(l, m + n);
    if (!src) src = as_list(iterable)->items;  // after the resize: l.extend(l)
    std::memcpy(l->items + m, src, n * sizeof(Object*));
    return;
  }
  Object* it = get_iter(iterable);
  // Size guesses for the containers whose length is known.
  intptr_t guess = 0;
  if (is_list(iterable)) {
    guess = as_list(iterable)->size;
  } else if (is_tuple(iterable)) {
    guess = tuple_size(iterable);
  } else if (is_dict(iterable)) {
    guess = static_cast<DictObject*>(iterable)->used;
  } else if (is_anyset(iterable)) {
    guess = static_cast<SetObject*>(iterable)->used;
  } else if (is_range(iterable)) {
    Object* len = static_cast<RangeObject*>(iterable)->length;
    if (is_small_int(len)) guess = small_int_value(len);
  } else {
    TypeObject* t = type_of(iterable);
    if (t == &DictKeys_Type || t == &DictValues_Type || t == &DictItems_Type)
      guess = static_cast<DictViewObject*>(iterable)->dict->used;
    else
      guess = std::min<intptr_t>(length_hint(iterable, 8), intptr_t{1} << 20);  // a hint may lie
  }
  if (guess > 0 && l->size <= kMaxListSize - guess) list_reserve(l, l->size + guess);
  while (Object* x = iter_next(it)) list_append_fast(l, x);
}

ListObject* list_from_iterable(Object* iterable) {
  ListObject* l = list_new(0);
  list_extend(l, iterable);
  return l;
}

TupleObject* list_as_tuple(ListObject* l) {
  return tuple_from(l->items, static_cast<size_t>(l->size));
}

void list_insert(ListObject* l, intptr_t where, Object* v) {
  intptr_t n = l->size;
  if (n == kMaxListSize) raise_overflow_error("cannot add more objects to list");
  list_resize(l, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  Object** items = l->items;
  std::memmove(items + where + 1, items + where, (n - where) * sizeof(Object*));
  items[where] = v;
}

void list_reverse(ListObject* l) {
  if (l->size < 2) return;  // an empty list may have no item array at all
  Object** lo = l->items;
  Object** hi = l->items + l->size - 1;
  for (; lo < hi; ++lo, --hi) {
    Object* t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

void list_clear(ListObject* l) { list_clear_internal(l); }

ListObject* list_slice(ListObject* l, intptr_t start, intptr_t stop) {
  if (start < 0) start = 0;
  if (stop > l->size) stop = l->size;
  if (stop < start) stop = start;
  return list_from(l->items + start, static_cast<size_t>(stop - start));
}

bool seq_index_value(Object* key, intptr_t* out) {
  if (is_small_int(key)) {
    *out = small_int_value(key);
    return true;
  }
  if (!type_of(key)->nb_index) return false;
  Object* v = is_int(key) ? key : number_index(key);
  if (!int_to_intptr(v, out))
    raise_index_error("cannot fit '%s' into an index-sized integer", type_name(key));
  return true;
}

Object* sequence_fast(Object* o, const char* message, Object* const** items, intptr_t* n) {
  if (is_list(o)) {
    *items = as_list(o)->items;
    *n = as_list(o)->size;
    return o;
  }
  if (is_tuple(o)) {
    *items = static_cast<TupleObject*>(o)->items;
    *n = tuple_size(o);
    return o;
  }
  Object* it;
  try {
    it = get_iter(o);
  } catch (PyError&) {
    if (exception_matches(reinterpret_cast<Object*>(Exc_TypeError))) {
      clear_exception();
      raise_type_error("%s", message);
    }
    throw;
  }
  ListObject* l = list_new(0);
  while (Object* x = iter_next(it)) list_append_fast(l, x);
  *items = l->items;
  *n = l->size;
  return l;
}

namespace {

// ---- slice assignment ----------------------------------------------------------------------
// a[ilow:ihigh] = v (v nullptr: deletion), CPython's list_ass_slice.
void list_ass_slice(ListObject* a, intptr_t ilow, intptr_t ihigh, Object* v) {
  Object* const* vitem = nullptr;
  intptr_t n = 0;
  if (v) {
    if (v == a) v = list_slice(a, 0, a->size);
    sequence_fast(v, "can only assign an iterable", &vitem, &n);
  }
  if (ilow < 0) ilow = 0;
  else if (ilow > a->size) ilow = a->size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a->size) ihigh = a->size;
  intptr_t norig = ihigh - ilow;
  intptr_t d = n - norig;
  if (a->size + d == 0) {
    list_clear_internal(a);
    return;
  }
  if (d < 0) {
    Object** item = a->items;
    std::memmove(item + ihigh + d, item + ihigh, (a->size - ihigh) * sizeof(Object*));
    list_resize(a, a->size + d);
  } else if (d > 0) {
    intptr_t k = a->size;
    list_resize(a, k + d);
    Object** item = a->items;
    std::memmove(item + ihigh + d, item + ihigh, (k - ihigh) * sizeof(Object*));
  }
  Object** item = a->items;
  for (intptr_t k = 0; k < n; k++, ilow++) item[ilow] = vitem[k];
}

// ---- repr ----------------------------------------------------------------------------------
Object* list_repr(Object* self) {
  ListObject* l = as_list(self);
  if (l->size == 0) return str_from_cstr("[]");
  ReprGuard guard(self);
  if (!guard.entered) return str_from_cstr("[...]");
  ListObject* parts = list_new(0);
  list_append(parts, str_from_cstr("["));
  StrObject* sep = str_from_cstr(", ");
  for (intptr_t i = 0; i < l->size; i++) {
    if (i > 0) list_append(parts, sep);
    list_append(parts, repr(l->items[i]));
  }
  list_append(parts, str_from_cstr("]"));
  return str_join_array(parts->items, static_cast<size_t>(parts->size));
}

// ---- comparison ----------------------------------------------------------------------------
bool compare_sizes(intptr_t a, intptr_t b, int op) {
  switch (op) {
    case CMP_LT: return a < b;
    case CMP_LE: return a <= b;
    case CMP_EQ: return a == b;
    case CMP_NE: return a != b;
    case CMP_GT: return a > b;
    default: return a >= b;
  }
}

Object* list_richcompare(Object* v, Object* w, int op) {
  if (!is_list(v) || !is_list(w)) return Py_NotImplemented;
  ListObject* vl = as_list(v);
  ListObject* wl = as_list(w);
  if (vl->size != wl->size && (op == CMP_EQ || op == CMP_NE)) return py_bool(op == CMP_NE);
  intptr_t i;
  for (i = 0; i < vl->size && i < wl->size; i++) {
    Object* vi = vl->items[i];
    Object* wi = wl->items[i];
    if (vi == wi) continue;
    if (!fast_eq(vi, wi)) break;
  }
  if (i >= vl->size || i >= wl->size) return py_bool(compare_sizes(vl->size, wl->size, op));
  if (op == CMP_EQ) return Py_False;
  if (op == CMP_NE) return Py_True;
  return rich_compare(vl->items[i], wl->items[i], op);
}

// ---- sequence protocol ---------------------------------------------------------------------
intptr_t list_length(Object* self) { return as_list(self)->size; }

int list_contains(Object* self, Object* value) {
  ListObject* l = as_list(self);
  for (intptr_t i = 0; i < l->size; i++) {
    if (fast_eq(l->items[i], value)) return 1;
  }
  return 0;
}

Object* list_subscript(Object* self, Object* key) {
  ListObject* l = as_list(self);
  intptr_t i;
  if (is_small_int(key)) {
    i = small_int_value(key);
  } else if (is_slice(key)) {
    intptr_t start, stop, step;
    slice_unpack_raw(static_cast<SliceObject*>(key), &start, &stop, &step);
    intptr_t n = slice_adjust_indices(l->size, &start, &stop, step);
    if (n <= 0) return list_new(0);
    if (step == 1) return list_slice(l, start, stop);
    ListObject* r = list_new(n);
    Object** src = l->items;
    for (intptr_t k = 0, cur = start; k < n; k++, cur += step) r->items[k] = src[cur];
    return r;
  } else if (!seq_index_value(key, &i)) {
    raise_type_error("list indices must be integers or slices, not %s", type_name(key));
  }
  if (i < 0) i += l->size;
  if (static_cast<uintptr_t>(i) >= static_cast<uintptr_t>(l->size))
    raise_index_error("list index out of range");
  return l->items[i];
}

void list_ass_subscript(Object* self, Object* key, Object* value) {
  ListObject* l = as_list(self);
  intptr_t i;
  if (is_small_int(key)) {
    i = small_int_value(key);
  } else if (is_slice(key)) {
    intptr_t start, stop, step;
    slice_unpack_raw(static_cast<SliceObject*>(key), &start, &stop, &step);
    intptr_t slicelength = slice_adjust_indices(l->size, &start, &stop, step);
    if (step == 1) {
      list_ass_slice(l, start, stop, value);
      return;
    }
    // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (!value) {
      if (slicelength <= 0) return;
      if (step < 0) {
        stop = start + 1;
        start = stop + step * (slicelength - 1) - 1;
        step = -step;
      }
      // Compact the items that are not part of the slice.
      Object** items = l->items;
      intptr_t n = l->size;
      intptr_t w = start;
      intptr_t next_del = start, deleted = 0;
      for (intptr_t r = start; r < n; r++) {
        if (r == next_del && deleted < slicelength) {
          deleted++;
          next_del += step;
          continue;
        }
        items[w++] = items[r];
      }
      list_resize(l, w);
      return;
    }
    Object* const* seqitems;
    intptr_t seqlen;
    Object* seq;
    if (value == self) {
      seq = list_slice(l, 0, l->size);
      seqitems = as_list(seq)->items;
      seqlen = as_list(seq)->size;
    } else {
      seq = sequence_fast(value, "must assign iterable to extended slice", &seqitems, &seqlen);
    }
    if (seqlen != slicelength)
      raise_value_error("attempt to assign sequence of size %zd to extended slice of size %zd",
                        seqlen, slicelength);
    if (!slicelength) return;
    Object** items = l->items;
    for (intptr_t k = 0, cur = start; k < slicelength; k++, cur += step) items[cur] = seqitems[k];
    (void)seq;
    return;
  } else if (!seq_index_value(key, &i)) {
    raise_type_error("list indices must be integers or slices, not %s", type_name(key));
  }
  if (i < 0) i += l->size;
  if (static_cast<uintptr_t>(i) >= static_cast<uintptr_t>(l->size))
    raise_index_error("list assignment index out of range");
  if (value) {
    l->items[i] = value;
  } else {
    list_ass_slice(l, i, i + 1, nullptr);
  }
}

// ---- operators -----------------------------------------------------------------------------
Object* list_add(Object* a, Object* b) {
  if (!is_list(a)) return Py_NotImplemented;
  if (!is_list(b)) {
    TypeObject* bt = type_of(b);
    if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_add && bt->nb_add != list_add) {
      Object* r = bt->nb_add(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can only concatenate list (not \"%s\") to list", type_name(b));
  }
  ListObject* la = as_list(a);
  ListObject* lb = as_list(b);
  if (la->size > kMaxListSize - lb->size) raise_memory_error();
  ListObject* r = list_new(la->size + lb->size);
  if (la->size) std::memcpy(r->items, la->items, la->size * sizeof(Object*));
  if (lb->size) std::memcpy(r->items + la->size, lb->items, lb->size * sizeof(Object*));
  return r;
}

Object* list_inplace_add(Object* a, Object* b) {
  if (!is_list(a)) return Py_NotImplemented;
  list_extend(as_list(a), b);
  return a;
}

// PyNumber_AsSsize_t(n, OverflowError) for a repeat count; false when n has no __index__.
bool repeat_count(Object* n, intptr_t* out) {
  if (is_small_int(n)) {
    *out = small_int_value(n);
    return true;
  }
  if (!type_of(n)->nb_index) return false;
  Object* v = is_int(n) ? n : number_index(n);
  if (!int_to_intptr(v, out))
    raise_overflow_error("cannot fit '%s' into an index-sized integer", type_name(n));
  return true;
}

ListObject* list_repeat(ListObject* a, intptr_t n) {
  if (n < 0) n = 0;
  intptr_t size = a->size;
  if (n > 0 && size > INTPTR_MAX / n) raise_memory_error();
  intptr_t total = size * n;
  if (total == 0) return list_new(0);
  ListObject* r = list_new(total);
  Object** dst = r->items;
  if (size == 1) {
    Object* x = a->items[0];
    for (intptr_t i = 0; i < total; i++) dst[i] = x;
  } else {
    for (intptr_t i = 0; i < n; i++, dst += size) std::memcpy(dst, a->items, size * sizeof(Object*));
  }
  return r;
}

Object* list_mul(Object* a, Object* b) {
  intptr_t n;
  if (is_list(a)) {
    if (repeat_count(b, &n)) return list_repeat(as_list(a), n);
    TypeObject* bt = type_of(b);
    if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_multiply && bt->nb_multiply != list_mul) {
      Object* r = bt->nb_multiply(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(b));
  }
  if (!is_list(b)) return Py_NotImplemented;
  if (repeat_count(a, &n)) return list_repeat(as_list(b), n);
  raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(a));
}

Object* list_inplace_mul(Object* a, Object* b) {
  if (!is_list(a)) return Py_NotImplemented;
  intptr_t n;
  if (!repeat_count(b, &n)) return Py_NotImplemented;
  ListObject* l = as_list(a);
  intptr_t size = l->size;
  if (size == 0 || n == 1) return a;
  if (n < 1) {
    list_clear_internal(l);
    return a;
  }
  if (size > kMaxListSize / n) raise_memory_error();
  list_resize(l, size * n);
  Object** items = l->items;
  for (intptr_t i = 1; i < n; i++) std::memcpy(items + i * size, items, size * sizeof(Object*));
  return a;
}

// ---- iterators -----------------------------------------------------------------------------
Object* self_iter(Object* self) { return self; }

Object* list_iter(Object* self) {
  ListIterObject* it = alloc_object<ListIterObject>(&ListIter_Type);
  it->index = 0;
  it->seq = as_list(self);
  return it;
}

Object* listiter_next(Object* self) {
  ListIterObject* it = static_cast<ListIterObject*>(self);
  ListObject* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < seq->size) return seq->items[it->index++];
  it->seq = nullptr;
  return nullptr;
}

Object* listiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("list_iterator.__length_hint__", kwnames);
  check_nargs("list_iterator.__length_hint__", nargs, 0, 0);
  ListIterObject* it = static_cast<ListIterObject*>(self);
  intptr_t n = it->seq ? it->seq->size - it->index : 0;
  return int_from_intptr(n < 0 ? 0 : n);
}

Object* list_reversed_iter(ListObject* l) {
  ListIterObject* it = alloc_object<ListIterObject>(&ListRevIter_Type);
  it->index = l->size - 1;
  it->seq = l;
  return it;
}

Object* listreviter_next(Object* self) {
  ListIterObject* it = static_cast<ListIterObject*>(self);
  ListObject* seq = it->seq;
  if (!seq) return nullptr;
  intptr_t i = it->index;
  if (i >= 0 && i < seq->size) {
    it->index = i - 1;
    return seq->items[i];
  }
  it->index = -1;
  it->seq = nullptr;
  return nullptr;
}

Object* listreviter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("list_reverseiterator.__length_hint__", kwnames);
  check_nargs("list_reverseiterator.__length_hint__", nargs, 0, 0);
  ListIterObject* it = static_cast<ListIterObject*>(self);
  intptr_t n = it->index + 1;
  if (!it->seq || it->seq->size < n) n = 0;
  return int_from_intptr(n);
}

const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- construction --------------------------------------------------------------------------
Object* list_tp_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  if (type == &List_Type) return list_new(0);
  return type_alloc(type);
}

void list_tp_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) raise_type_error("list() takes no keyword arguments");
  check_nargs("list", nargs, 0, 1);
  ListObject* l = as_list(self);
  if (l->items) list_clear_internal(l);
  if (nargs == 1) list_extend(l, args[0]);
}

// ---- methods -------------------------------------------------------------------------------
inline void no_kwargs(const char* name, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs(name, kwnames);
}

Object* m_append(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.append", kwnames);
  if (nargs != 1) check_nargs("list.append", nargs, 1, 1);
  list_append(as_list(self), args[0]);
  return Py_None;
}

Object* m_extend(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.extend", kwnames);
  check_nargs("list.extend", nargs, 1, 1);
  list_extend(as_list(self), args[0]);
  return Py_None;
}

Object* m_insert(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.insert", kwnames);
  if (nargs != 2) raise_type_error("insert expected 2 arguments, got %zu", nargs);
  intptr_t where = index_value(args[0]);
  list_insert(as_list(self), where, args[1]);
  return Py_None;
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.pop", kwnames);
  check_nargs("pop", nargs, 0, 1);
  intptr_t index = nargs ? index_value(args[0]) : -1;
  ListObject* l = as_list(self);
  if (l->size == 0) raise_index_error("pop from empty list");
  if (index < 0) index += l->size;
  if (static_cast<uintptr_t>(index) >= static_cast<uintptr_t>(l->size))
    raise_index_error("pop index out of range");
  Object* v = l->items[index];
  if (index == l->size - 1) {
    list_resize(l, l->size - 1);
  } else {
    list_ass_slice(l, index, index + 1, nullptr);
  }
  return v;
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.remove", kwnames);
  check_nargs("list.remove", nargs, 1, 1);
  ListObject* l = as_list(self);
  for (intptr_t i = 0; i < l->size; i++) {
    if (fast_eq(l->items[i], args[0])) {
      list_ass_slice(l, i, i + 1, nullptr);
      return Py_None;
    }
  }
  raise_value_error("list.remove(x): x not in list");
}

// _PyEval_SliceIndexNotNone: index-able value, clamped on overflow.
intptr_t slice_index_not_none(Object* v) {
  if (is_small_int(v)) return small_int_value(v);
  if (!type_of(v)->nb_index)
    raise_type_error("slice indices must be integers or have an __index__ method");
  Object* i = is_int(v) ? v : number_index(v);
  intptr_t out;
  if (int_to_intptr(i, &out)) return out;
  return int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
}

Object* m_index(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.index", kwnames);
  check_nargs("index", nargs, 1, 3);
  ListObject* l = as_list(self);
  intptr_t start = 0, stop = INTPTR_MAX;
  if (nargs > 1) start = slice_index_not_none(args[1]);
  if (nargs > 2) stop = slice_index_not_none(args[2]);
  if (start < 0) {
    start += l->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l->size;
    if (stop < 0) stop = 0;
  }
  for (intptr_t i = start; i < stop && i < l->size; i++) {
    if (fast_eq(l->items[i], args[0])) return int_from_intptr(i);
  }
  raise_value_error("%s is not in list", repr_cstr(args[0]));
}

Object* m_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.count", kwnames);
  check_nargs("list.count", nargs, 1, 1);
  ListObject* l = as_list(self);
  intptr_t count = 0;
  for (intptr_t i = 0; i < l->size; i++) {
    if (fast_eq(l->items[i], args[0])) count++;
  }
  return int_from_intptr(count);
}

Object* m_reverse(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.reverse", kwnames);
  check_nargs("list.reverse", nargs, 0, 0);
  list_reverse(as_list(self));
  return Py_None;
}

Object* m_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.copy", kwnames);
  check_nargs("list.copy", nargs, 0, 0);
  ListObject* l = as_list(self);
  return list_slice(l, 0, l->size);
}

Object* m_clear(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.clear", kwnames);
  check_nargs("list.clear", nargs, 0, 0);
  list_clear_internal(as_list(self));
  return Py_None;
}

Object* m_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.__reversed__", kwnames);
  check_nargs("list.__reversed__", nargs, 0, 0);
  return list_reversed_iter(as_list(self));
}

Object* m_sort(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs > 0) raise_type_error("sort() takes no positional arguments");
  Object* out[2] = {nullptr, nullptr};
  intptr_t nkw = kwnames ? kwnames->ob_size : 0;
  if (nkw > 2) raise_type_error("sort() takes at most 2 keyword arguments (%zd given)", nkw);
  for (intptr_t i = 0; i < nkw; i++) {
    StrObject* name = static_cast<StrObject*>(kwnames->items[i]);
    int slot = str_eq_cstr(name, "key") ? 0 : str_eq_cstr(name, "reverse") ? 1 : -1;
    if (slot < 0) raise_type_error("'%s' is an invalid keyword argument for sort()", str_utf8(name));
    out[slot] = args[i];
  }
  Object* key = out[0] == Py_None ? nullptr : out[0];
  bool reverse = false;
  if (out[1]) reverse = index_value(out[1]) != 0;
  list_sort(as_list(self), key, reverse);
  return Py_None;
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_kwargs("list.__sizeof__", kwnames);
  check_nargs("list.__sizeof__", nargs, 0, 0);
  ListObject* l = as_list(self);
  return int_from_intptr(type_of(self)->tp_basicsize +
                         l->allocated * static_cast<intptr_t>(sizeof(Object*)));
}

const MethodDef list_methods[] = {
    SLOTPY_CLASS_GETITEM_METHOD,
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Return the size of the list in memory, in bytes."},
    {"clear", m_clear, METH_DEFAULT, "Remove all items from list."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of the list."},
    {"append", m_append, METH_DEFAULT, "Append object to the end of the list."},
    {"insert", m_insert, METH_DEFAULT, "Insert object before index."},
    {"extend", m_extend, METH_DEFAULT, "Extend list by appending elements from the iterable."},
    {"pop", m_pop, METH_DEFAULT,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove", m_remove, METH_DEFAULT,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"reverse", m_reverse, METH_DEFAULT, "Reverse *IN PLACE*."},
    {"sort", m_sort, METH_DEFAULT,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list "
     "itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf "
     "a key function is given, apply it once to each list item and sort them,\nascending or "
     "descending, according to their function values.\n\nThe reverse flag can be set to sort in "
     "descending order."},
    {nullptr, nullptr, 0, nullptr},
};


}  // namespace

void init_list_type() {
  init_genericalias_types();
  TypeObject* t = &List_Type;
  t->tp_name = "list";
  t->tp_basicsize = sizeof(ListObject);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS | TPFLAGS_IMMUTABLETYPE | TPFLAGS_SEQUENCE;
  t->tp_doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty "
      "list.\nThe argument must be an iterable if specified.";
  t->tp_methods = list_methods;
  t->tp_repr = list_repr;
  t->tp_hash = g_hash_not_implemented;
  t->tp_richcompare = list_richcompare;
  t->tp_iter = list_iter;
  t->tp_new = list_tp_new;
  t->tp_init = list_tp_init;
  t->mp_length = list_length;
  t->mp_subscript = list_subscript;
  t->mp_ass_subscript = list_ass_subscript;
  t->sq_contains = list_contains;
  t->nb_add = list_add;
  t->nb_inplace_add = list_inplace_add;
  t->nb_multiply = list_mul;
  t->nb_inplace_multiply = list_inplace_mul;

  TypeObject* it = &ListIter_Type;
  it->tp_name = "list_iterator";
  it->tp_basicsize = sizeof(ListIterObject);
  it->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  it->tp_iter = self_iter;
  it->tp_iternext = listiter_next;
  it->tp_methods = listiter_methods;

  TypeObject* rit = &ListRevIter_Type;
  rit->tp_name = "list_reverseiterator";
  rit->tp_basicsize = sizeof(ListIterObject);
  rit->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  rit->tp_iter = self_iter;
  rit->tp_iternext = listreviter_next;
  rit->tp_methods = listreviter_methods;
}

}  // namespace slotpy
