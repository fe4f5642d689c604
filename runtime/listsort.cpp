// list.sort(): CPython 3.11's timsort (Objects/listobject.c, Objects/listsort.txt) with the
// powersort merge policy, binary insertion for short runs and galloping merges. The sequence of
// comparisons is CPython's, so sorts with side-effecting or inconsistent __lt__ behave alike.
//
// Exception safety: comparisons may raise (a thrown PyError). Every merge step keeps the data
// a permutation of the input (the temp buffer is copied back on failure), and the list, which
// is emptied during the sort as in CPython, is always restored. All buffers come from the GC.
#include <cstring>

#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

namespace {

constexpr intptr_t kMinGallop = 7;
constexpr int kMaxMergePending = 128;

struct SortSlice {
  Object** keys;
  Object** values;  // nullptr when there is no key function
};

struct Run {
  SortSlice base;
  intptr_t len;
  int power;
};

struct MergeState;
using CompareFn = bool (*)(Object*, Object*, MergeState*);

struct MergeState {
  intptr_t min_gallop = kMinGallop;
  intptr_t listlen = 0;
  Object** basekeys = nullptr;
  SortSlice a = {nullptr, nullptr};  // temp storage
  intptr_t alloced = 0;
  bool has_values = false;
  int n = 0;
  Run pending[kMaxMergePending];
  CompareFn key_compare = nullptr;
  CompareFn tuple_elem_compare = nullptr;
};

// ---- comparison functions -------------------------------------------------------------------
bool safe_object_compare(Object* v, Object* w, MergeState*) {
  return rich_compare_bool(v, w, CMP_LT);
}

bool small_int_compare(Object* v, Object* w, MergeState*) {
  // Tagged ints: (value << 1) | 1 preserves the order of the values.
  return reinterpret_cast<intptr_t>(v) < reinterpret_cast<intptr_t>(w);
}

bool int_compare_fn(Object* v, Object* w, MergeState*) { return int_compare(v, w) < 0; }

bool float_compare(Object* v, Object* w, MergeState*) { return float_value(v) < float_value(w); }

bool str_compare_fn(Object* v, Object* w, MergeState*) {
  return str_compare(static_cast<StrObject*>(v), static_cast<StrObject*>(w)) < 0;
}

bool tuple_compare(Object* v, Object* w, MergeState* ms) {
  TupleObject* vt = static_cast<TupleObject*>(v);
  TupleObject* wt = static_cast<TupleObject*>(w);
  intptr_t vlen = vt->ob_size, wlen = wt->ob_size;
  intptr_t i;
  for (i = 0; i < vlen && i < wlen; i++) {
    if (!rich_compare_bool(vt->items[i], wt->items[i], CMP_EQ)) break;
  }
  if (i >= vlen || i >= wlen) return vlen < wlen;
  if (i == 0) return ms->tuple_elem_compare(vt->items[0], wt->items[0], ms);
  return rich_compare_bool(vt->items[i], wt->items[i], CMP_LT);
}

inline bool islt(Object* x, Object* y, MergeState* ms) { return ms->key_compare(x, y, ms); }

// ---- sortslice helpers ----------------------------------------------------------------------
inline void ss_copy(SortSlice* s1, intptr_t i, const SortSlice* s2, intptr_t j) {
  s1->keys[i] = s2->keys[j];
  if (s1->values) s1->values[i] = s2->values[j];
}
inline void ss_copy_incr(SortSlice* dst, SortSlice* src) {
  *dst->keys++ = *src->keys++;
  if (dst->values) *dst->values++ = *src->values++;
}
inline void ss_copy_decr(SortSlice* dst, SortSlice* src) {
  *dst->keys-- = *src->keys--;
  if (dst->values) *dst->values-- = *src->values--;
}
inline void ss_memcpy(SortSlice* s1, intptr_t i, const SortSlice* s2, intptr_t j, intptr_t n) {
  std::memcpy(&s1->keys[i], &s2->keys[j], sizeof(Object*) * n);
  if (s1->values) std::memcpy(&s1->values[i], &s2->values[j], sizeof(Object*) * n);
}
inline void ss_memmove(SortSlice* s1, intptr_t i, const SortSlice* s2, intptr_t j, intptr_t n) {
  std::memmove(&s1->keys[i], &s2->keys[j], sizeof(Object*) * n);
  if (s1->values) std::memmove(&s1->values[i], &s2->values[j], sizeof(Object*) * n);
}
inline void ss_advance(SortSlice* s, intptr_t n) {
  s->keys += n;
  if (s->values) s->values += n;
}

void reverse_slice(Object** lo, Object** hi) {
  --hi;
  while (lo < hi) {
    Object* t = *lo;
    *lo = *hi;
    *hi = t;
    ++lo;
    --hi;
  }
}

void reverse_sortslice(SortSlice* s, intptr_t n) {
  reverse_slice(s->keys, &s->keys[n]);
  if (s->values) reverse_slice(s->values, &s->values[n]);
}

// ---- the algorithm --------------------------------------------------------------------------
// Binary insertion sort of [lo, hi) where [lo, start) is already sorted.
void binarysort(MergeState* ms, SortSlice lo, Object** hi, Object** start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    Object** l = lo.keys;
    Object** r = start;
    Object* pivot = *r;
    do {
      Object** p = l + ((r - l) >> 1);
      if (islt(pivot, *p, ms))
        r = p;
      else
        l = p + 1;
    } while (l < r);
    for (Object** p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
    if (lo.values) {
      intptr_t offset = lo.values - lo.keys;
      Object** p = start + offset;
      pivot = *p;
      l += offset;
      for (p = start + offset; p > l; --p) *p = *(p - 1);
      *l = pivot;
    }
  }
}

// Length of the run beginning at lo; *descending set for a strictly descending run.
intptr_t count_run(MergeState* ms, Object** lo, Object** hi, bool* descending) {
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  intptr_t n = 2;
  if (islt(*lo, *(lo - 1), ms)) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (!islt(*lo, *(lo - 1), ms)) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (islt(*lo, *(lo - 1), ms)) break;
    }
  }
  return n;
}

intptr_t gallop_left(MergeState* ms, Object* key, Object** a, intptr_t n, intptr_t hint) {
  a += hint;
  intptr_t lastofs = 0, ofs = 1;
  if (islt(*a, key, ms)) {
    const intptr_t maxofs = n - hint;
    while (ofs < maxofs) {
      if (islt(a[ofs], key, ms)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const intptr_t maxofs = hint + 1;
    while (ofs < maxofs) {
      if (islt(*(a - ofs), key, ms)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    intptr_t k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    intptr_t m = lastofs + ((ofs - lastofs) >> 1);
    if (islt(a[m], key, ms))
      lastofs = m + 1;
    else
      ofs = m;
  }
  return ofs;
}

intptr_t gallop_right(MergeState* ms, Object* key, Object** a, intptr_t n, intptr_t hint) {
  a += hint;
  intptr_t lastofs = 0, ofs = 1;
  if (islt(key, *a, ms)) {
    const intptr_t maxofs = hint + 1;
    while (ofs < maxofs) {
      if (islt(key, *(a - ofs), ms)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    intptr_t k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const intptr_t maxofs = n - hint;
    while (ofs < maxofs) {
      if (islt(key, a[ofs], ms)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    intptr_t m = lastofs + ((ofs - lastofs) >> 1);
    if (islt(key, a[m], ms))
      ofs = m;
    else
      lastofs = m + 1;
  }
  return ofs;
}

void merge_getmem(MergeState* ms, intptr_t need) {
  if (need <= ms->alloced) return;
  int multiplier = ms->has_values ? 2 : 1;
  if (static_cast<size_t>(need) > INTPTR_MAX / sizeof(Object*) / multiplier) raise_memory_error();
  ms->a.keys = static_cast<Object**>(gc_alloc(multiplier * need * sizeof(Object*)));
  ms->a.values = ms->has_values ? &ms->a.keys[need] : nullptr;
  ms->alloced = need;
}

// Merges the na elements starting at ssa with the nb elements starting at ssb (= ssa + na),
// in a stable way, in place; na <= nb. The first element of ssb belongs before ssa[0] and the
// last element of ssa belongs after ssb[nb-1] (merge_at arranges that).
void merge_lo(MergeState* ms, SortSlice ssa, intptr_t na, SortSlice ssb, intptr_t nb) {
  merge_getmem(ms, na);
  ss_memcpy(&ms->a, 0, &ssa, 0, na);
  SortSlice dest = ssa;
  ssa = ms->a;

  ss_copy_incr(&dest, &ssb);
  --nb;
  if (nb == 0) goto Succeed;
  if (na == 1) goto CopyB;

  try {
    intptr_t min_gallop = ms->min_gallop;
    for (;;) {
      intptr_t acount = 0, bcount = 0;
      for (;;) {
        if (islt(ssb.keys[0], ssa.keys[0], ms)) {
          ss_copy_incr(&dest, &ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) goto Succeed;
          if (bcount >= min_gallop) break;
        } else {
          ss_copy_incr(&dest, &ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) goto CopyB;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        ms->min_gallop = min_gallop;
        intptr_t k = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          ss_memcpy(&dest, 0, &ssa, 0, k);
          ss_advance(&dest, k);
          ss_advance(&ssa, k);
          na -= k;
          if (na == 1) goto CopyB;
          if (na == 0) goto Succeed;
        }
        ss_copy_incr(&dest, &ssb);
        --nb;
        if (nb == 0) goto Succeed;

        k = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          ss_memmove(&dest, 0, &ssb, 0, k);
          ss_advance(&dest, k);
          ss_advance(&ssb, k);
          nb -= k;
          if (nb == 0) goto Succeed;
        }
        ss_copy_incr(&dest, &ssa);
        --na;
        if (na == 1) goto CopyB;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      ms->min_gallop = min_gallop;
    }
  } catch (...) {
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    throw;
  }
Succeed:
  if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
  return;
CopyB:
  // The last element of ssa belongs at the end of the merge.
  ss_memmove(&dest, 0, &ssb, 0, nb);
  ss_copy(&dest, nb, &ssa, 0);
}

// As merge_lo, with na >= nb: merges from the right end.
void merge_hi(MergeState* ms, SortSlice ssa, intptr_t na, SortSlice ssb, intptr_t nb) {
  merge_getmem(ms, nb);
  SortSlice dest = ssb;
  ss_advance(&dest, nb - 1);
  ss_memcpy(&ms->a, 0, &ssb, 0, nb);
  SortSlice basea = ssa;
  SortSlice baseb = ms->a;
  ssb.keys = ms->a.keys + nb - 1;
  ssb.values = ms->a.values ? ms->a.values + nb - 1 : nullptr;
  ss_advance(&ssa, na - 1);

  ss_copy_decr(&dest, &ssa);
  --na;
  if (na == 0) goto Succeed;
  if (nb == 1) goto CopyA;

  try {
    intptr_t min_gallop = ms->min_gallop;
    for (;;) {
      intptr_t acount = 0, bcount = 0;
      for (;;) {
        if (islt(ssb.keys[0], ssa.keys[0], ms)) {
          ss_copy_decr(&dest, &ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) goto Succeed;
          if (acount >= min_gallop) break;
        } else {
          ss_copy_decr(&dest, &ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) goto CopyA;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        ms->min_gallop = min_gallop;
        intptr_t k = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          ss_advance(&dest, -k);
          ss_advance(&ssa, -k);
          ss_memmove(&dest, 1, &ssa, 1, k);
          na -= k;
          if (na == 0) goto Succeed;
        }
        ss_copy_decr(&dest, &ssb);
        --nb;
        if (nb == 1) goto CopyA;

        k = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          ss_advance(&dest, -k);
          ss_advance(&ssb, -k);
          ss_memcpy(&dest, 1, &ssb, 1, k);
          nb -= k;
          if (nb == 1) goto CopyA;
          if (nb == 0) goto Succeed;
        }
        ss_copy_decr(&dest, &ssa);
        --na;
        if (na == 0) goto Succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      ms->min_gallop = min_gallop;
    }
  } catch (...) {
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    throw;
  }
Succeed:
  if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
  return;
CopyA:
  // The first element of ssb belongs at the front of the merge.
  ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
  ss_advance(&dest, -na);
  ss_advance(&ssa, -na);
  ss_copy(&dest, 0, &ssb, 0);
}

// Merges the two runs at stack indices i and i+1.
void merge_at(MergeState* ms, int i) {
  SortSlice ssa = ms->pending[i].base;
  intptr_t na = ms->pending[i].len;
  SortSlice ssb = ms->pending[i + 1].base;
  intptr_t nb = ms->pending[i + 1].len;

  ms->pending[i].len = na + nb;
  if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
  --ms->n;

  // Where does b start in a? Elements in a before that are already in place.
  intptr_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
  ss_advance(&ssa, k);
  na -= k;
  if (na == 0) return;

  // Where does a end in b? Elements in b after that are already in place.
  nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0) return;

  if (na <= nb)
    merge_lo(ms, ssa, na, ssb, nb);
  else
    merge_hi(ms, ssa, na, ssb, nb);
}

// The "power" of the run [s1, s1+n1) followed by a run of n2 (powersort).
int powerloop(intptr_t s1, intptr_t n1, intptr_t n2, intptr_t n) {
  int result = 0;
  intptr_t a = 2 * s1 + n1;
  intptr_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

void found_new_run(MergeState* ms, intptr_t n2) {
  if (ms->n) {
    Run* p = ms->pending;
    intptr_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
    intptr_t n1 = p[ms->n - 1].len;
    int power = powerloop(s1, n1, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power) merge_at(ms, ms->n - 2);
    p[ms->n - 1].power = power;
  }
}

void merge_force_collapse(MergeState* ms) {
  Run* p = ms->pending;
  while (ms->n > 1) {
    int n = ms->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    merge_at(ms, n);
  }
}

intptr_t merge_compute_minrun(intptr_t n) {
  intptr_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// Picks the comparison function (CPython's pre-sort homogeneity check).
void choose_compare(MergeState* ms, Object** keys, intptr_t n) {
  bool in_tuples = is_tuple_exact(keys[0]) && tuple_size(keys[0]) > 0;
  Object* first = in_tuples ? tuple_item(keys[0], 0) : keys[0];
  TypeObject* key_type = type_of(first);
  bool same_type = true;
  bool all_small = true;
  for (intptr_t i = 0; i < n; i++) {
    if (in_tuples && !(is_tuple_exact(keys[i]) && tuple_size(keys[i]) != 0)) {
      in_tuples = false;
      same_type = false;
      break;
    }
    Object* key = in_tuples ? tuple_item(keys[i], 0) : keys[i];
    if (type_of(key) != key_type) {
      same_type = false;
      if (!in_tuples) break;
    }
    if (same_type && !is_small_int(key)) all_small = false;
  }
  CompareFn cmp = safe_object_compare;
  if (same_type) {
    if (key_type == &Int_Type)
      cmp = all_small ? small_int_compare : int_compare_fn;
    else if (key_type == &Float_Type)
      cmp = float_compare;
    else if (key_type == &Str_Type)
      cmp = str_compare_fn;
  }
  if (in_tuples) {
    ms->tuple_elem_compare = key_type == &Tuple_Type ? safe_object_compare : cmp;
    ms->key_compare = tuple_compare;
  } else {
    ms->key_compare = cmp;
  }
}

void sort_slice(MergeState* ms, SortSlice lo, intptr_t nremaining) {
  ms->listlen = nremaining;
  ms->basekeys = lo.keys;
  if (nremaining < 2) return;
  choose_compare(ms, lo.keys, nremaining);
  intptr_t minrun = merge_compute_minrun(nremaining);
  do {
    bool descending;
    intptr_t n = count_run(ms, lo.keys, lo.keys + nremaining, &descending);
    if (descending) reverse_sortslice(&lo, n);
    if (n < minrun) {
      const intptr_t force = nremaining <= minrun ? nremaining : minrun;
      binarysort(ms, lo, lo.keys + force, lo.keys + n);
      n = force;
    }
    found_new_run(ms, n);
    ms->pending[ms->n].base = lo;
    ms->pending[ms->n].len = n;
    ++ms->n;
    ss_advance(&lo, n);
    nremaining -= n;
  } while (nremaining);
  merge_force_collapse(ms);
}

}  // namespace

void list_sort(ListObject* self, Object* keyfunc, bool reverse) {
  // The list is emptied during the sort so that mutations can be detected (as in CPython).
  intptr_t saved_size = self->size;
  Object** saved_items = self->items;
  intptr_t saved_allocated = self->allocated;
  self->size = 0;
  self->items = nullptr;
  self->allocated = -1;

  auto restore = [&]() -> bool {
    bool modified = self->allocated != -1;
    self->size = saved_size;
    self->items = saved_items;
    self->allocated = saved_allocated;
    return modified;
  };

  Object** keys = nullptr;
  try {
    if (keyfunc && saved_size > 0) {
      keys = static_cast<Object**>(gc_alloc(saved_size * sizeof(Object*)));
      for (intptr_t i = 0; i < saved_size; i++) keys[i] = call1(keyfunc, saved_items[i]);
    }
  } catch (...) {
    restore();
    throw;
  }

  MergeState ms;
  SortSlice lo;
  if (keys) {
    lo.keys = keys;
    lo.values = saved_items;
    ms.has_values = true;
  } else {
    lo.keys = saved_items;
    lo.values = nullptr;
  }

  if (reverse && saved_size > 1) {
    if (keys) reverse_slice(keys, keys + saved_size);
    reverse_slice(saved_items, saved_items + saved_size);
  }
  try {
    sort_slice(&ms, lo, saved_size);
  } catch (...) {
    if (reverse && saved_size > 1) reverse_slice(saved_items, saved_items + saved_size);
    restore();
    throw;
  }
  if (reverse && saved_size > 1) reverse_slice(saved_items, saved_items + saved_size);
  if (restore()) raise_value_error("list modified during sort");
}

}  // namespace slotpy
