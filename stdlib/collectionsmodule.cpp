// The _collections module: the native core of `collections` (CPython 3.11's
// Modules/_collectionsmodule.c behaviour).
//
// - deque: a ring buffer of object pointers (capacity a power of two), so that appends and pops
//   at both ends and indexing are O(1). `state` changes whenever items move (append, pop,
//   rotate, clear, ...), and iterators, count(), index(), remove() and `in` raise "deque mutated
//   during iteration" when it changes under them, as CPython's do (item assignment and reverse()
//   do not count as mutations there either).
// - _deque_iterator / _deque_reverse_iterator.
// - _tuplegetter(index, doc): the field descriptors of namedtuple classes.
// - _count_elements(mapping, iterable): Counter's counting loop.
// - _caller_module(depth): __name__ of the globals of a calling Python frame (namedtuple's
//   default __module__; slotpy has no sys._getframe yet).
//
// The types are readied when the module is first imported (they are not runtime types).
#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Deque_Type, DequeIter_Type, DequeRevIter_Type, TupleGetter_Type;

namespace {

struct DequeObject : Object {
  Object** buf;       // cap slots; items at (head + i) & (cap - 1)
  intptr_t cap;       // 0 or a power of two
  intptr_t head;
  intptr_t size;
  intptr_t maxlen;    // -1: unbounded
  uint64_t state;     // changes whenever items move
  Object* weaklist;
};

struct DequeIterObject : Object {
  DequeObject* deque;
  intptr_t index;     // logical index of the next item
  intptr_t counter;   // items left
  uint64_t state;
};

struct TupleGetterObject : Object {
  intptr_t index;
  Object* doc;
};

inline DequeObject* as_deque(Object* o) { return static_cast<DequeObject*>(o); }
inline bool is_deque(Object* o) { return !is_small_int(o) && is_subtype(o->ob_type, &Deque_Type); }

inline Object*& slot(DequeObject* d, intptr_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

// The type's name without its module (CPython's _PyType_Name).
const char* short_type_name(Object* o) {
  const char* n = type_name(o);
  const char* dot = std::strrchr(n, '.');
  return dot ? dot + 1 : n;
}

[[noreturn]] void mutated(TypeObject* exc = nullptr) {
  raise_fmt(exc ? exc : Exc_RuntimeError, "deque mutated during iteration");
}

void deque_realloc(DequeObject* d, intptr_t ncap) {
  auto* nbuf = static_cast<Object**>(gc_alloc(sizeof(Object*) * ncap));
  for (intptr_t i = 0; i < d->size; i++) nbuf[i] = slot(d, i);
  d->buf = nbuf;
  d->cap = ncap;
  d->head = 0;
}

inline void grow_if_full(DequeObject* d) {
  if (d->size == d->cap) deque_realloc(d, d->cap ? d->cap * 2 : 8);
}

inline void shrink_if_sparse(DequeObject* d) {
  if (d->cap > 32 && d->size * 4 < d->cap) deque_realloc(d, d->cap / 2);
}

Object* pop_right(DequeObject* d) {
  if (d->size == 0) raise_index_error("pop from an empty deque");
  Object*& s = slot(d, d->size - 1);
  Object* v = s;
  s = nullptr;
  d->size--;
  d->state++;
  shrink_if_sparse(d);
  return v;
}

Object* pop_left(DequeObject* d) {
  if (d->size == 0) raise_index_error("pop from an empty deque");
  Object*& s = slot(d, 0);
  Object* v = s;
  s = nullptr;
  d->head = (d->head + 1) & (d->cap - 1);
  d->size--;
  d->state++;
  shrink_if_sparse(d);
  return v;
}

void push_right(DequeObject* d, Object* v, intptr_t maxlen) {
  grow_if_full(d);
  slot(d, d->size) = v;
  d->size++;
  if (maxlen >= 0 && d->size > maxlen) {
    pop_left(d);
  } else {
    d->state++;
  }
}

void push_left(DequeObject* d, Object* v, intptr_t maxlen) {
  grow_if_full(d);
  d->head = (d->head - 1) & (d->cap - 1);
  d->buf[d->head] = v;
  d->size++;
  if (maxlen >= 0 && d->size > maxlen) {
    pop_right(d);
  } else {
    d->state++;
  }
}

void deque_clear(DequeObject* d) {
  if (d->size == 0) return;
  d->buf = nullptr;
  d->cap = 0;
  d->head = 0;
  d->size = 0;
  d->state++;
}

void deque_rotate(DequeObject* d, intptr_t n) {
  intptr_t len = d->size, half = len >> 1;
  if (len <= 1) return;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) {
      n -= len;
    } else if (n < -half) {
      n += len;
    }
  }
  d->state++;
  intptr_t mask = d->cap - 1;
  if (d->size == d->cap) {
    // Full ring: rotating is just moving the head.
    d->head = (d->head - n) & mask;
    return;
  }
  for (; n > 0; n--) {  // move the last item to the front
    Object*& last = slot(d, d->size - 1);
    Object* v = last;
    last = nullptr;
    d->head = (d->head - 1) & mask;
    d->buf[d->head] = v;
  }
  for (; n < 0; n++) {  // move the first item to the back
    Object* v = d->buf[d->head];
    d->buf[d->head] = nullptr;
    d->head = (d->head + 1) & mask;
    slot(d, d->size - 1) = v;
  }
}

void deque_extend(DequeObject* d, Object* iterable);

void deque_extend(DequeObject* d, Object* iterable) {
  if (iterable == d) iterable = list_from_iterable(iterable);
  Object* it = get_iter(iterable);
  intptr_t maxlen = d->maxlen;
  if (maxlen == 0) {
    while (iter_next(it)) {
    }
    return;
  }
  while (Object* v = iter_next(it)) push_right(d, v, maxlen);
}

void deque_extendleft(DequeObject* d, Object* iterable) {
  if (iterable == d) iterable = list_from_iterable(iterable);
  Object* it = get_iter(iterable);
  intptr_t maxlen = d->maxlen;
  if (maxlen == 0) {
    while (iter_next(it)) {
    }
    return;
  }
  while (Object* v = iter_next(it)) push_left(d, v, maxlen);
}

DequeObject* deque_alloc(TypeObject* type) {
  auto* d = static_cast<DequeObject*>(type_alloc(type));
  d->maxlen = -1;
  return d;
}

// PyLong_AsSsize_t for maxlen: an int (no __index__) that fits.
intptr_t maxlen_value(Object* o) {
  if (is_small_int(o)) return small_int_value(o);
  if (!is_int(o)) raise_type_error("an integer is required");
  intptr_t v;
  if (!int_to_intptr(o, &v)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return v;
}

// An index argument converted like the "n" format (OverflowError when it does not fit).
intptr_t ssize_arg(Object* o) {
  if (is_small_int(o)) return small_int_value(o);
  Object* i = number_index(o);
  intptr_t v;
  if (!int_to_intptr(i, &v)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return v;
}

// _PyEval_SliceIndexNotNone: clamped on overflow.
intptr_t slice_index_arg(Object* v) {
  if (is_small_int(v)) return small_int_value(v);
  if (!type_of(v)->nb_index)
    raise_type_error("slice indices must be integers or have an __index__ method");
  Object* i = number_index(v);
  intptr_t out;
  if (int_to_intptr(i, &out)) return out;
  return int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
}

// ---- construction ----------------------------------------------------------------------------
Object* deque_tp_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  return deque_alloc(type);
}

void deque_tp_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* iterable = nullptr;
  Object* maxlenobj = nullptr;
  if ((!kwnames || tuple_size(kwnames) == 0) && nargs <= 2) {
    if (nargs > 0) iterable = args[0];
    if (nargs > 1) maxlenobj = args[1];
  } else {
    static const char* const names[] = {"iterable", "maxlen"};
    Object* out[2];
    parse_args("deque", args, nargs, kwnames, names, 2, 0, 0, 2, out);
    iterable = out[0];
    maxlenobj = out[1];
  }
  intptr_t maxlen = -1;
  if (maxlenobj && maxlenobj != Py_None) {
    maxlen = maxlen_value(maxlenobj);
    if (maxlen < 0) raise_value_error("maxlen must be non-negative");
  }
  DequeObject* d = as_deque(self);
  d->maxlen = maxlen;
  if (d->size > 0) deque_clear(d);
  if (iterable) deque_extend(d, iterable);
}

// ---- methods -----------------------------------------------------------------------------------
inline void noargs(const char* name, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs(name, kwnames);
  if (nargs) check_nargs(name, nargs, 0, 0);
}
inline void onearg(const char* name, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs(name, kwnames);
  if (nargs != 1) check_nargs(name, nargs, 1, 1);
}

Object* m_append(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  onearg("deque.append", nargs, kwnames);
  DequeObject* d = as_deque(self);
  push_right(d, args[0], d->maxlen);
  return Py_None;
}

Object* m_appendleft(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  onearg("deque.appendleft", nargs, kwnames);
  DequeObject* d = as_deque(self);
  push_left(d, args[0], d->maxlen);
  return Py_None;
}

Object* m_pop(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.pop", nargs, kwnames);
  return pop_right(as_deque(self));
}

Object* m_popleft(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.popleft", nargs, kwnames);
  return pop_left(as_deque(self));
}

Object* m_clear(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.clear", nargs, kwnames);
  deque_clear(as_deque(self));
  return Py_None;
}

Object* m_extend(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  onearg("deque.extend", nargs, kwnames);
  deque_extend(as_deque(self), args[0]);
  return Py_None;
}

Object* m_extendleft(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  onearg("deque.extendleft", nargs, kwnames);
  deque_extendleft(as_deque(self), args[0]);
  return Py_None;
}

Object* deque_copy(Object* self) {
  DequeObject* d = as_deque(self);
  if (type_of(self) == &Deque_Type) {
    DequeObject* n = deque_alloc(&Deque_Type);
    n->maxlen = d->maxlen;
    if (d->size) {
      intptr_t cap = 8;
      while (cap < d->size) cap *= 2;
      n->buf = static_cast<Object**>(gc_alloc(sizeof(Object*) * cap));
      n->cap = cap;
      for (intptr_t i = 0; i < d->size; i++) n->buf[i] = slot(d, i);
      n->size = d->size;
    }
    return n;
  }
  Object* result;
  if (d->maxlen < 0) {
    result = call1(type_of(self), self);
  } else {
    result = call2(type_of(self), self, int_from_intptr(d->maxlen));
  }
  if (!is_deque(result))
    raise_type_error("%s() must return a deque, not %s", type_name(self), type_name(result));
  return result;
}

Object* m_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.copy", nargs, kwnames);
  return deque_copy(self);
}

Object* m_dunder_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.__copy__", nargs, kwnames);
  return deque_copy(self);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  onearg("deque.count", nargs, kwnames);
  DequeObject* d = as_deque(self);
  uint64_t state = d->state;
  intptr_t n = d->size, count = 0;
  for (intptr_t i = 0; i < n; i++) {
    if (rich_compare_bool(slot(d, i), args[0], CMP_EQ)) count++;
    if (d->state != state) mutated();
  }
  return int_from_intptr(count);
}

int deque_contains(Object* self, Object* value) {
  DequeObject* d = as_deque(self);
  uint64_t state = d->state;
  intptr_t n = d->size;
  for (intptr_t i = 0; i < n; i++) {
    if (rich_compare_bool(slot(d, i), value, CMP_EQ)) return 1;
    if (d->state != state) mutated();
  }
  return 0;
}

// The position of value in [start, stop), or -1; `exc` for a mutation.
intptr_t deque_find(DequeObject* d, Object* value, intptr_t start, intptr_t stop, TypeObject* exc) {
  uint64_t state = d->state;
  for (intptr_t i = start; i < stop; i++) {
    if (rich_compare_bool(slot(d, i), value, CMP_EQ)) return i;
    if (d->state != state) mutated(exc);
  }
  return -1;
}

Object* m_index(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("index", kwnames);
  if (nargs < 1) raise_type_error("index() takes at least 1 argument (%zu given)", nargs);
  if (nargs > 3) raise_type_error("index() takes at most 3 arguments (%zu given)", nargs);
  DequeObject* d = as_deque(self);
  intptr_t start = 0, stop = d->size;
  if (nargs > 1) start = slice_index_arg(args[1]);
  if (nargs > 2) stop = slice_index_arg(args[2]);
  intptr_t n = d->size;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  intptr_t i = deque_find(d, args[0], start, stop, nullptr);
  if (i < 0) raise_value_error("%s is not in deque", repr_cstr(args[0]));
  return int_from_intptr(i);
}

void deque_del_item(DequeObject* d, intptr_t i) {
  // Close the gap from the nearer end.
  if (i < d->size / 2) {
    for (intptr_t k = i; k > 0; k--) slot(d, k) = slot(d, k - 1);
    pop_left(d);
  } else {
    for (intptr_t k = i; k < d->size - 1; k++) slot(d, k) = slot(d, k + 1);
    pop_right(d);
  }
}

Object* m_insert(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("insert", kwnames);
  if (nargs != 2) raise_type_error("insert() takes exactly 2 arguments (%zu given)", nargs);
  intptr_t index = ssize_arg(args[0]);
  DequeObject* d = as_deque(self);
  intptr_t n = d->size;
  if (d->maxlen == n) raise_index_error("deque already at its maximum size");
  if (index >= n) {
    push_right(d, args[1], d->maxlen);
    return Py_None;
  }
  if (index <= -n || index == 0) {
    push_left(d, args[1], d->maxlen);
    return Py_None;
  }
  if (index < 0) index += n;
  // Insert before position `index`, shifting the nearer end.
  if (index < n / 2) {
    push_left(d, slot(d, 0), d->maxlen);
    for (intptr_t k = 1; k < index; k++) slot(d, k) = slot(d, k + 1);
    slot(d, index) = args[1];
  } else {
    push_right(d, slot(d, n - 1), d->maxlen);
    for (intptr_t k = n - 1; k > index; k--) slot(d, k) = slot(d, k - 1);
    slot(d, index) = args[1];
  }
  return Py_None;
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  onearg("deque.remove", nargs, kwnames);
  DequeObject* d = as_deque(self);
  intptr_t i = deque_find(d, args[0], 0, d->size, Exc_IndexError);
  if (i < 0) raise_value_error("%s is not in deque", repr_cstr(args[0]));
  deque_del_item(d, i);
  return Py_None;
}

Object* m_reverse(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.reverse", nargs, kwnames);
  DequeObject* d = as_deque(self);
  for (intptr_t i = 0, j = d->size - 1; i < j; i++, j--) {
    Object* t = slot(d, i);
    slot(d, i) = slot(d, j);
    slot(d, j) = t;
  }
  return Py_None;
}

Object* m_rotate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("deque.rotate", kwnames);
  check_nargs("deque.rotate", nargs, 0, 1);
  intptr_t n = nargs ? ssize_arg(args[0]) : 1;
  deque_rotate(as_deque(self), n);
  return Py_None;
}

Object* deque_iter_new(DequeObject* d, TypeObject* type) {
  auto* it = alloc_object<DequeIterObject>(type);
  it->deque = d;
  it->index = type == &DequeIter_Type ? 0 : d->size - 1;
  it->counter = d->size;
  it->state = d->state;
  return it;
}

Object* deque_iter(Object* self) { return deque_iter_new(as_deque(self), &DequeIter_Type); }

Object* m_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.__reversed__", nargs, kwnames);
  return deque_iter_new(as_deque(self), &DequeRevIter_Type);
}

Object* m_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.__reduce__", nargs, kwnames);
  DequeObject* d = as_deque(self);
  Object* dict = call_method_cstr(self, "__getstate__", nullptr, 0);
  Object* it = deque_iter(self);
  Object* args = d->maxlen < 0 ? Empty_Tuple : tuple_pack({Empty_Tuple, int_from_intptr(d->maxlen)});
  return tuple_pack({type_of(self), args, dict, it});
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("deque.__sizeof__", nargs, kwnames);
  DequeObject* d = as_deque(self);
  return int_from_intptr(type_of(self)->tp_basicsize + d->cap * static_cast<intptr_t>(sizeof(Object*)));
}

Object* deque_get_maxlen(Object* self) {
  DequeObject* d = as_deque(self);
  return d->maxlen < 0 ? Py_None : int_from_intptr(d->maxlen);
}

// ---- sequence protocol ------------------------------------------------------------------------
intptr_t deque_length(Object* self) { return as_deque(self)->size; }

intptr_t item_index(DequeObject* d, Object* key) {
  intptr_t i;
  if (is_small_int(key)) {
    i = small_int_value(key);
  } else if (!seq_index_value(key, &i)) {
    raise_type_error("sequence index must be integer, not '%s'", type_name(key));
  }
  if (i < 0) i += d->size;
  if (static_cast<uintptr_t>(i) >= static_cast<uintptr_t>(d->size))
    raise_index_error("deque index out of range");
  return i;
}

Object* deque_subscript(Object* self, Object* key) {
  DequeObject* d = as_deque(self);
  return slot(d, item_index(d, key));
}

void deque_ass_subscript(Object* self, Object* key, Object* value) {
  DequeObject* d = as_deque(self);
  intptr_t i = item_index(d, key);
  if (value) {
    slot(d, i) = value;
  } else {
    deque_del_item(d, i);
  }
}

Object* deque_repr(Object* self) {
  if (!repr_enter(self)) return str_from_cstr("[...]");
  Object* r;
  try {
    ListObject* items = list_from_iterable(self);
    DequeObject* d = as_deque(self);
    std::string s = short_type_name(self);
    s += '(';
    s += str_utf8(static_cast<StrObject*>(repr(items)));
    if (d->maxlen >= 0) {
      s += ", maxlen=";
      s += std::to_string(d->maxlen);
    }
    s += ')';
    r = str_from(s);
  } catch (PyError&) {
    repr_leave(self);
    throw;
  }
  repr_leave(self);
  return r;
}

Object* dequeiter_next(Object* self);

Object* deque_richcompare(Object* v, Object* w, int op) {
  if (!is_deque(v) || !is_deque(w)) return Py_NotImplemented;
  intptr_t vs = as_deque(v)->size, ws = as_deque(w)->size;
  if (op == CMP_EQ) {
    if (v == w) return Py_True;
    if (vs != ws) return Py_False;
  }
  if (op == CMP_NE) {
    if (v == w) return Py_False;
    if (vs != ws) return Py_True;
  }
  Object* it1 = deque_iter(v);
  Object* it2 = deque_iter(w);
  Object *x, *y;
  for (;;) {
    x = dequeiter_next(it1);
    y = dequeiter_next(it2);
    if (!x || !y) break;
    if (!rich_compare_bool(x, y, CMP_EQ)) return py_bool(rich_compare_bool(x, y, op));
  }
  switch (op) {
    case CMP_LT: return py_bool(y != nullptr);
    case CMP_LE: return py_bool(x == nullptr);
    case CMP_EQ: return py_bool(x == y);
    case CMP_NE: return py_bool(x != y);
    case CMP_GT: return py_bool(x != nullptr);
    default: return py_bool(y == nullptr);
  }
}

Object* deque_add(Object* a, Object* b) {
  if (!is_deque(a)) return Py_NotImplemented;
  if (!is_deque(b)) {
    TypeObject* bt = type_of(b);
    if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_add && bt->nb_add != deque_add) {
      Object* r = bt->nb_add(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can only concatenate deque (not \"%s\") to deque", type_name(b));
  }
  Object* n = deque_copy(a);
  deque_extend(as_deque(n), b);
  return n;
}

Object* deque_inplace_add(Object* a, Object* b) {
  if (!is_deque(a)) return Py_NotImplemented;
  deque_extend(as_deque(a), b);
  return a;
}

// PyNumber_AsSsize_t(n, OverflowError) for a repeat count; false when n has no __index__.
bool repeat_count(Object* n, intptr_t* out) {
  if (is_small_int(n)) {
    *out = small_int_value(n);
    return true;
  }
  if (!type_of(n)->nb_index) return false;
  Object* v = number_index(n);
  if (!int_to_intptr(v, out))
    raise_overflow_error("cannot fit '%s' into an index-sized integer", type_name(n));
  return true;
}

Object* deque_inplace_repeat(DequeObject* d, intptr_t n) {
  intptr_t size = d->size;
  if (size == 0 || n == 1) return d;
  if (n <= 0) {
    deque_clear(d);
    return d;
  }
  if (size == 1) {
    Object* item = slot(d, 0);
    if (d->maxlen >= 0 && n > d->maxlen) n = d->maxlen;
    d->state++;
    for (intptr_t i = 1; i < n; i++) {
      grow_if_full(d);
      slot(d, d->size) = item;
      d->size++;
    }
    return d;
  }
  if (size > INTPTR_MAX / n) raise_memory_error();
  ListObject* seq = list_from_iterable(d);
  if (d->maxlen >= 0 && n * size > d->maxlen) n = (d->maxlen + size - 1) / size;
  for (intptr_t i = 1; i < n; i++) deque_extend(d, seq);
  return d;
}

Object* deque_mul(Object* a, Object* b) {
  intptr_t n;
  Object* dq;
  Object* count;
  if (is_deque(a)) {
    dq = a;
    count = b;
  } else if (is_deque(b)) {
    dq = b;
    count = a;
  } else {
    return Py_NotImplemented;
  }
  if (!repeat_count(count, &n)) {
    if (dq == a) {
      TypeObject* bt = type_of(b);
      if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_multiply && bt->nb_multiply != deque_mul) {
        Object* r = bt->nb_multiply(a, b);
        if (r != Py_NotImplemented) return r;
      }
    }
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(count));
  }
  return deque_inplace_repeat(as_deque(deque_copy(dq)), n);
}

Object* deque_inplace_mul(Object* a, Object* b) {
  if (!is_deque(a)) return Py_NotImplemented;
  intptr_t n;
  if (!repeat_count(b, &n)) return Py_NotImplemented;
  return deque_inplace_repeat(as_deque(a), n);
}

// ---- iterators -------------------------------------------------------------------------------
Object* self_iter(Object* self) { return self; }

Object* dequeiter_next(Object* self) {
  auto* it = static_cast<DequeIterObject*>(self);
  DequeObject* d = it->deque;
  if (d->state != it->state) {
    it->counter = 0;
    mutated();
  }
  if (it->counter == 0) return nullptr;
  Object* v = slot(d, it->index);
  it->index++;
  it->counter--;
  return v;
}

Object* dequereviter_next(Object* self) {
  auto* it = static_cast<DequeIterObject*>(self);
  if (it->counter == 0) return nullptr;
  DequeObject* d = it->deque;
  if (d->state != it->state) {
    it->counter = 0;
    mutated();
  }
  Object* v = slot(d, it->index);
  it->index--;
  it->counter--;
  return v;
}

Object* dequeiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("__length_hint__", nargs, kwnames);
  return int_from_intptr(static_cast<DequeIterObject*>(self)->counter);
}

Object* dequeiter_tp_new_common(TypeObject* type, Object* const* args, size_t nargs,
                                TupleObject* kwnames, TypeObject* kind, const char* name) {
  check_no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 2);
  if (!is_deque(args[0]))
    raise_type_error("%s() argument 1 must be collections.deque, not %s", name, type_name(args[0]));
  (void)type;
  Object* it = deque_iter_new(as_deque(args[0]), kind);
  intptr_t index = nargs > 1 ? ssize_arg(args[1]) : 0;
  IterNextFn next = kind == &DequeIter_Type ? dequeiter_next : dequereviter_next;
  for (intptr_t i = 0; i < index; i++) {
    if (!next(it)) break;
  }
  return it;
}

Object* dequeiter_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return dequeiter_tp_new_common(type, args, nargs, kwnames, &DequeIter_Type, "_deque_iterator");
}

Object* dequereviter_tp_new(TypeObject* type, Object* const* args, size_t nargs,
                            TupleObject* kwnames) {
  return dequeiter_tp_new_common(type, args, nargs, kwnames, &DequeRevIter_Type,
                                 "_deque_reverse_iterator");
}

Object* dequeiter_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("__reduce__", nargs, kwnames);
  auto* it = static_cast<DequeIterObject*>(self);
  return tuple_pack({type_of(self), tuple_pack({it->deque, int_from_intptr(it->deque->size - it->counter)})});
}

// ---- _tuplegetter ----------------------------------------------------------------------------
Object* tuplegetter_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_tuplegetter", kwnames);
  check_nargs("_tuplegetter", nargs, 2, 2);
  intptr_t index = ssize_arg(args[0]);
  auto* g = static_cast<TupleGetterObject*>(type_alloc(type));
  g->index = index;
  g->doc = args[1];
  return g;
}

Object* tuplegetter_get(Object* self, Object* obj, Object*) {
  auto* g = static_cast<TupleGetterObject*>(self);
  if (!obj) return self;
  if (!is_tuple(obj)) {
    if (obj == Py_None) return self;
    raise_type_error("descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                     g->index, type_name(obj));
  }
  if (static_cast<uintptr_t>(g->index) >= static_cast<uintptr_t>(tuple_size(obj)))
    raise_index_error("tuple index out of range");
  return tuple_item(obj, g->index);
}

void tuplegetter_set(Object*, Object*, Object* value) {
  raise_fmt(Exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
}

Object* tuplegetter_repr(Object* self) {
  auto* g = static_cast<TupleGetterObject*>(self);
  std::string s = short_type_name(self);
  s += '(' + std::to_string(g->index) + ", " + repr_cstr(g->doc ? g->doc : Py_None) + ')';
  return str_from(s);
}

Object* tuplegetter_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  noargs("__reduce__", nargs, kwnames);
  auto* g = static_cast<TupleGetterObject*>(self);
  return tuple_pack({type_of(self), tuple_pack({int_from_intptr(g->index), g->doc ? g->doc : Py_None})});
}

// ---- module functions ------------------------------------------------------------------------
Object* f_count_elements(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_count_elements", kwnames);
  check_nargs("_count_elements", nargs, 2, 2);
  Object* mapping = args[0];
  Object* it = get_iter(args[1]);
  Object* one = make_small_int(1);
  TypeObject* mt = type_of(mapping);
  StrObject* get_name = intern("get");
  StrObject* setitem_name = intern("__setitem__");
  if (is_dict(mapping) && type_lookup(mt, get_name) == type_lookup(&Dict_Type, get_name) &&
      type_lookup(mt, setitem_name) == type_lookup(&Dict_Type, setitem_name)) {
    auto* d = static_cast<DictObject*>(mapping);
    while (Object* key = iter_next(it)) {
      intptr_t h = fast_hash(key);
      Object* old = dict_get_hashed(d, key, h);
      dict_set_hashed(d, key, h, old ? binary_op(old, one, BINOP_add) : one);
    }
  } else {
    Object* bound_get = get_attr(mapping, get_name);
    Object* zero = make_small_int(0);
    while (Object* key = iter_next(it)) {
      Object* old = call2(bound_get, key, zero);
      set_item(mapping, key, binary_op(old, one, BINOP_add));
    }
  }
  return Py_None;
}

Object* f_caller_module(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_caller_module", kwnames);
  check_nargs("_caller_module", nargs, 0, 1);
  intptr_t depth = nargs ? index_value(args[0]) : 1;
  Frame* f = g_ts.frame;
  for (intptr_t i = 0; f && i < depth; i++) f = f->back;
  if (!f || !f->globals) return Py_None;
  Object* name = dict_get_cstr(f->globals, "__name__");
  return name ? name : intern("__main__");
}

// _c_type_name(cls, name): the name a class shows in error messages (tp_name), for classes that
// CPython defines in C under a dotted name ('collections.OrderedDict'); __name__, __qualname__
// and repr() keep the class statement's names, as for CPython's C types.
Object* f_c_type_name(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_c_type_name", kwnames);
  check_nargs("_c_type_name", nargs, 2, 2);
  if (!is_type(args[0]) || !type_has(static_cast<TypeObject*>(args[0]), TPFLAGS_HEAPTYPE))
    raise_type_error("_c_type_name() argument 1 must be a class");
  if (!is_str(args[1])) raise_type_error("_c_type_name() argument 2 must be str");
  size_t n;
  const char* utf8 = str_utf8(static_cast<StrObject*>(args[1]), &n);
  char* copy = static_cast<char*>(gc_alloc_atomic(n + 1));
  std::memcpy(copy, utf8, n + 1);
  static_cast<TypeObject*>(args[0])->tp_name = copy;
  return Py_None;
}

const MethodDef deque_methods[] = {
    {"append", m_append, METH_DEFAULT, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, METH_DEFAULT, "Add an element to the left side of the deque."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from the deque."},
    {"__copy__", m_dunder_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"count", m_count, METH_DEFAULT, "D.count(value) -- return number of occurrences of value"},
    {"extend", m_extend, METH_DEFAULT, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, METH_DEFAULT, "Extend the left side of the deque with elements from the iterable"},
    {"index", m_index, METH_DEFAULT,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", m_insert, METH_DEFAULT, "D.insert(index, object) -- insert object before index"},
    {"pop", m_pop, METH_DEFAULT, "Remove and return the rightmost element."},
    {"popleft", m_popleft, METH_DEFAULT, "Remove and return the leftmost element."},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"remove", m_remove, METH_DEFAULT, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", m_reversed, METH_DEFAULT, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", m_reverse, METH_DEFAULT, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, METH_DEFAULT,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "D.__sizeof__() -- size of D in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", dequeiter_reduce, METH_DEFAULT, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef tuplegetter_methods[] = {
    {"__reduce__", tuplegetter_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef tuplegetter_members[] = {
    {"__doc__", MEMBER_OBJECT, offsetof(TupleGetterObject, doc), false, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr},
};

const MethodDef module_functions[] = {
    {"_count_elements", f_count_elements, METH_DEFAULT, "Count elements in the iterable, updating the mapping"},
    {"_c_type_name", f_c_type_name, METH_DEFAULT, "Set the name a class shows in error messages."},
    {"_caller_module", f_caller_module, METH_DEFAULT,
     "__name__ of the globals of the Python frame `depth` levels up (default 1)."},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
  TypeObject* t = &Deque_Type;
  t->tp_name = "collections.deque";
  t->tp_basicsize = sizeof(DequeObject);
  t->tp_weaklistoffset = offsetof(DequeObject, weaklist);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_SEQUENCE;
  t->tp_doc =
      "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data "
      "accesses near its endpoints.";
  t->tp_methods = deque_methods;
  t->tp_getset = deque_getset;
  t->tp_repr = deque_repr;
  t->tp_hash = g_hash_not_implemented;
  t->tp_richcompare = deque_richcompare;
  t->tp_iter = deque_iter;
  t->tp_new = deque_tp_new;
  t->tp_init = deque_tp_init;
  t->mp_length = deque_length;
  t->mp_subscript = deque_subscript;
  t->mp_ass_subscript = deque_ass_subscript;
  t->sq_contains = deque_contains;
  t->nb_add = deque_add;
  t->nb_inplace_add = deque_inplace_add;
  t->nb_multiply = deque_mul;
  t->nb_inplace_multiply = deque_inplace_mul;

  TypeObject* it = &DequeIter_Type;
  it->tp_name = "_collections._deque_iterator";
  it->tp_basicsize = sizeof(DequeIterObject);
  it->tp_flags = TPFLAGS_HAVE_GC;
  it->tp_iter = self_iter;
  it->tp_iternext = dequeiter_next;
  it->tp_methods = dequeiter_methods;
  it->tp_new = dequeiter_tp_new;

  TypeObject* rit = &DequeRevIter_Type;
  rit->tp_name = "_collections._deque_reverse_iterator";
  rit->tp_basicsize = sizeof(DequeIterObject);
  rit->tp_flags = TPFLAGS_HAVE_GC;
  rit->tp_iter = self_iter;
  rit->tp_iternext = dequereviter_next;
  rit->tp_methods = dequeiter_methods;
  rit->tp_new = dequereviter_tp_new;

  TypeObject* g = &TupleGetter_Type;
  g->tp_name = "_collections._tuplegetter";
  g->tp_basicsize = sizeof(TupleGetterObject);
  g->tp_flags = TPFLAGS_HAVE_GC;
  g->tp_repr = tuplegetter_repr;
  g->tp_descr_get = tuplegetter_get;
  g->tp_descr_set = tuplegetter_set;
  g->tp_new = tuplegetter_tp_new;
  g->tp_methods = tuplegetter_methods;
  g->tp_members = tuplegetter_members;

  type_ready(&Deque_Type);
  type_ready(&DequeIter_Type);
  type_ready(&DequeRevIter_Type);
  type_ready(&TupleGetter_Type);
}

}  // namespace

Object* create_module__collections() {
  if (!type_has(&Deque_Type, TPFLAGS_READY)) init_types();
  ModuleObject* m = module_new("_collections");
  module_add(m, "__doc__",
             str_from_cstr("High performance data structures.\n- deque:        ordered collection "
                           "accessible from endpoints only\n- defaultdict:  dict subclass with a "
                           "default value factory\n"));
  module_add(m, "deque", &Deque_Type);
  module_add(m, "_deque_iterator", &DequeIter_Type);
  module_add(m, "_deque_reverse_iterator", &DequeRevIter_Type);
  module_add(m, "_tuplegetter", &TupleGetter_Type);
  module_add_functions(m, module_functions);
  return m;
}

}  // namespace slotpy
