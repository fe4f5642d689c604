// tuple: the immutable sequence (CPython 3.11's Objects/tupleobject.c semantics).
#include "runtime/genericalias.h"
#include "runtime/tupleobject.h"

#include <cstring>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/rangeobject.h"
#include "runtime/strobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Tuple_Type;
TypeObject TupleIter_Type;

// The empty tuple lives in static storage (no allocation needed before the GC is up).
static TupleObject empty_tuple_storage;
TupleObject* Empty_Tuple = &empty_tuple_storage;

namespace {

inline TupleObject* as_tuple(Object* o) { return static_cast<TupleObject*>(o); }

TupleObject* empty_tuple() {
  empty_tuple_storage.ob_type = &Tuple_Type;
  return &empty_tuple_storage;
}

[[noreturn]] void raise_repeat_overflow() { raise_memory_error(); }

}  // namespace

TupleObject* tuple_new(intptr_t n) {
  if (n <= 0) return empty_tuple();
  if (n > (INTPTR_MAX - static_cast<intptr_t>(sizeof(TupleObject))) / static_cast<intptr_t>(sizeof(Object*)))
    raise_memory_error();
  TupleObject* t = alloc_object<TupleObject>(&Tuple_Type, sizeof(TupleObject) + n * sizeof(Object*));
  t->ob_size = n;
  return t;
}

TupleObject* tuple_from(Object* const* items, size_t n) {
  if (n == 0) return empty_tuple();
  TupleObject* t = tuple_new(static_cast<intptr_t>(n));
  std::memcpy(t->items, items, n * sizeof(Object*));
  return t;
}

TupleObject* tuple_pack(std::initializer_list<Object*> items) {
  return tuple_from(items.begin(), items.size());
}

TupleObject* tuple_from_iterable(Object* iterable) {
  // Exact lists and tuples are copied directly; subclasses may define their own __iter__.
  if (is_tuple_exact(iterable)) return as_tuple(iterable);
  if (type_of(iterable) == &List_Type) {
    ListObject* l = static_cast<ListObject*>(iterable);
    return tuple_from(l->items, static_cast<size_t>(l->size));
  }
  Object* it = get_iter(iterable);
  ListObject* buf = list_new(0);
  while (Object* x = iter_next(it)) list_append_fast(buf, x);
  return tuple_from(buf->items, static_cast<size_t>(buf->size));
}

TupleObject* tuple_slice(TupleObject* t, intptr_t start, intptr_t stop) {
  intptr_t n = t->ob_size;
  if (start < 0) start = 0;
  if (stop > n) stop = n;
  if (stop < start) stop = start;
  if (start == 0 && stop == n && t->ob_type == &Tuple_Type) return t;
  return tuple_from(t->items + start, static_cast<size_t>(stop - start));
}

// ---- hash ----------------------------------------------------------------------------------
intptr_t tuple_hash(TupleObject* t) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  intptr_t len = t->ob_size;
  uint64_t acc = kPrime5;
  for (intptr_t i = 0; i < len; i++) {
    uint64_t lane = static_cast<uint64_t>(fast_hash(t->items[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(len) ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<intptr_t>(acc);
}

namespace {

intptr_t tuple_hash_slot(Object* self) { return tuple_hash(as_tuple(self)); }

// ---- repr ----------------------------------------------------------------------------------
struct ReprGuard {
  Object* o;
  bool entered;
  explicit ReprGuard(Object* obj) : o(obj), entered(repr_enter(obj)) {}
  ~ReprGuard() {
    if (entered) repr_leave(o);
  }
};

Object* tuple_repr(Object* self) {
  TupleObject* t = as_tuple(self);
  intptr_t n = t->ob_size;
  if (n == 0) return str_from_cstr("()");
  ReprGuard guard(self);
  if (!guard.entered) return str_from_cstr("(...)");
  ListObject* parts = list_new(0);
  list_append(parts, str_from_cstr("("));
  StrObject* sep = str_from_cstr(", ");
  for (intptr_t i = 0; i < n; i++) {
    if (i > 0) list_append(parts, sep);
    list_append(parts, repr(t->items[i]));
  }
  list_append(parts, str_from_cstr(n == 1 ? ",)" : ")"));
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

Object* tuple_richcompare(Object* v, Object* w, int op) {
  if (!is_tuple(v) || !is_tuple(w)) return Py_NotImplemented;
  TupleObject* vt = as_tuple(v);
  TupleObject* wt = as_tuple(w);
  intptr_t vlen = vt->ob_size, wlen = wt->ob_size;
  intptr_t i;
  for (i = 0; i < vlen && i < wlen; i++) {
    if (!rich_compare_bool(vt->items[i], wt->items[i], CMP_EQ)) break;
  }
  if (i >= vlen || i >= wlen) return py_bool(compare_sizes(vlen, wlen, op));
  if (op == CMP_EQ) return Py_False;
  if (op == CMP_NE) return Py_True;
  return rich_compare(vt->items[i], wt->items[i], op);
}

// ---- sequence protocol ---------------------------------------------------------------------
intptr_t tuple_length(Object* self) { return as_tuple(self)->ob_size; }

int tuple_contains(Object* self, Object* value) {
  TupleObject* t = as_tuple(self);
  for (intptr_t i = 0; i < t->ob_size; i++) {
    if (rich_compare_bool(t->items[i], value, CMP_EQ)) return 1;
  }
  return 0;
}

Object* tuple_subscript(Object* self, Object* key) {
  TupleObject* t = as_tuple(self);
  intptr_t i;
  if (is_small_int(key)) {
    i = small_int_value(key);
  } else if (is_slice(key)) {
    intptr_t start, stop, step;
    intptr_t n = slice_unpack(static_cast<SliceObject*>(key), t->ob_size, &start, &stop, &step);
    if (n <= 0) return empty_tuple();
    if (start == 0 && step == 1 && n == t->ob_size && t->ob_type == &Tuple_Type) return t;
    TupleObject* r = tuple_new(n);
    for (intptr_t k = 0, cur = start; k < n; k++, cur += step) r->items[k] = t->items[cur];
    return r;
  } else if (!seq_index_value(key, &i)) {
    raise_type_error("tuple indices must be integers or slices, not %s", type_name(key));
  }
  if (i < 0) i += t->ob_size;
  if (static_cast<uintptr_t>(i) >= static_cast<uintptr_t>(t->ob_size))
    raise_index_error("tuple index out of range");
  return t->items[i];
}

TupleObject* tuple_concat(TupleObject* a, TupleObject* b) {
  if (b->ob_size == 0 && a->ob_type == &Tuple_Type) return a;
  if (a->ob_size == 0 && b->ob_type == &Tuple_Type) return b;
  intptr_t n = a->ob_size + b->ob_size;
  TupleObject* r = tuple_new(n);
  std::memcpy(r->items, a->items, a->ob_size * sizeof(Object*));
  std::memcpy(r->items + a->ob_size, b->items, b->ob_size * sizeof(Object*));
  return r;
}

Object* tuple_add(Object* a, Object* b) {
  if (!is_tuple(a)) return Py_NotImplemented;
  if (is_tuple(b)) return tuple_concat(as_tuple(a), as_tuple(b));
  // Give a user-defined reflected operand (__radd__) its chance before the sequence error.
  TypeObject* bt = type_of(b);
  if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_add && bt->nb_add != tuple_add) {
    Object* r = bt->nb_add(a, b);
    if (r != Py_NotImplemented) return r;
  }
  raise_type_error("can only concatenate tuple (not \"%s\") to tuple", type_name(b));
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

TupleObject* tuple_repeat(TupleObject* t, intptr_t n) {
  intptr_t size = t->ob_size;
  if (size == 0 || n == 1) {
    if (t->ob_type == &Tuple_Type) return t;
    if (size == 0) return empty_tuple();
  }
  if (n <= 0) return empty_tuple();
  if (size > INTPTR_MAX / n) raise_repeat_overflow();
  TupleObject* r = tuple_new(size * n);
  Object** dst = r->items;
  if (size == 1) {
    Object* x = t->items[0];
    for (intptr_t i = 0; i < n; i++) dst[i] = x;
  } else {
    for (intptr_t i = 0; i < n; i++, dst += size) std::memcpy(dst, t->items, size * sizeof(Object*));
  }
  return r;
}

Object* tuple_mul(Object* a, Object* b) {
  intptr_t n;
  if (is_tuple(a)) {
    if (repeat_count(b, &n)) return tuple_repeat(as_tuple(a), n);
    TypeObject* bt = type_of(b);
    if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_multiply && bt->nb_multiply != tuple_mul) {
      Object* r = bt->nb_multiply(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(b));
  }
  if (!is_tuple(b)) return Py_NotImplemented;
  if (repeat_count(a, &n)) return tuple_repeat(as_tuple(b), n);
  raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(a));
}

// ---- iterator ------------------------------------------------------------------------------
Object* tuple_iter(Object* self) {
  TupleIterObject* it = alloc_object<TupleIterObject>(&TupleIter_Type);
  it->index = 0;
  it->seq = as_tuple(self);
  return it;
}

Object* self_iter(Object* self) { return self; }

Object* tupleiter_next(Object* self) {
  TupleIterObject* it = static_cast<TupleIterObject*>(self);
  TupleObject* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < seq->ob_size) return seq->items[it->index++];
  it->seq = nullptr;
  return nullptr;
}

Object* tupleiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("tuple_iterator.__length_hint__", kwnames);
  check_nargs("tuple_iterator.__length_hint__", nargs, 0, 0);
  TupleIterObject* it = static_cast<TupleIterObject*>(self);
  intptr_t n = it->seq ? it->seq->ob_size - it->index : 0;
  return int_from_intptr(n < 0 ? 0 : n);
}

const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- constructor and methods ---------------------------------------------------------------
Object* tuple_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0 &&
      (type == &Tuple_Type || type->tp_init == Tuple_Type.tp_init))
    raise_type_error("tuple() takes no keyword arguments");
  check_nargs("tuple", nargs, 0, 1);
  if (type == &Tuple_Type) return nargs == 0 ? empty_tuple() : tuple_from_iterable(args[0]);
  TupleObject* tmp = nargs == 0 ? empty_tuple() : tuple_from_iterable(args[0]);
  intptr_t n = tmp->ob_size;
  TupleObject* r = static_cast<TupleObject*>(type_alloc(type, n));
  r->ob_size = n;
  std::memcpy(r->items, tmp->items, n * sizeof(Object*));
  return r;
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

Object* tuple_index(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("tuple.index", kwnames);
  check_nargs("index", nargs, 1, 3);
  TupleObject* t = as_tuple(self);
  intptr_t start = 0, stop = INTPTR_MAX;
  if (nargs > 1) start = slice_index_not_none(args[1]);
  if (nargs > 2) stop = slice_index_not_none(args[2]);
  if (start < 0) {
    start += t->ob_size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += t->ob_size;
  } else if (stop > t->ob_size) {
    stop = t->ob_size;
  }
  for (intptr_t i = start; i < stop; i++) {
    if (rich_compare_bool(t->items[i], args[0], CMP_EQ)) return int_from_intptr(i);
  }
  raise_value_error("tuple.index(x): x not in tuple");
}

Object* tuple_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("tuple.count", kwnames);
  check_nargs("tuple.count", nargs, 1, 1);
  TupleObject* t = as_tuple(self);
  intptr_t count = 0;
  for (intptr_t i = 0; i < t->ob_size; i++) {
    if (rich_compare_bool(t->items[i], args[0], CMP_EQ)) count++;
  }
  return int_from_intptr(count);
}

Object* tuple_getnewargs(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("tuple.__getnewargs__", kwnames);
  check_nargs("tuple.__getnewargs__", nargs, 0, 0);
  TupleObject* t = as_tuple(self);
  return tuple_pack({tuple_slice(t, 0, t->ob_size)});
}

const MethodDef tuple_methods[] = {
    SLOTPY_CLASS_GETITEM_METHOD,
    {"__getnewargs__", tuple_getnewargs, METH_DEFAULT, nullptr},
    {"index", tuple_index, METH_DEFAULT,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, METH_DEFAULT, "Return number of occurrences of value."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_tuple_type() {
  empty_tuple_storage.ob_type = &Tuple_Type;
  empty_tuple_storage.ob_size = 0;

  TypeObject* t = &Tuple_Type;
  t->tp_name = "tuple";
  t->tp_basicsize = sizeof(TupleObject);
  t->tp_itemsize = sizeof(Object*);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_IMMUTABLETYPE | TPFLAGS_SEQUENCE;
  t->tp_doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty "
      "tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the "
      "argument is a tuple, the return value is the same object.";
  t->tp_methods = tuple_methods;
  t->tp_repr = tuple_repr;
  t->tp_hash = tuple_hash_slot;
  t->tp_richcompare = tuple_richcompare;
  t->tp_iter = tuple_iter;
  t->tp_new = tuple_tp_new;
  t->mp_length = tuple_length;
  t->mp_subscript = tuple_subscript;
  t->sq_contains = tuple_contains;
  t->nb_add = tuple_add;
  t->nb_multiply = tuple_mul;

  TypeObject* it = &TupleIter_Type;
  it->tp_name = "tuple_iterator";
  it->tp_basicsize = sizeof(TupleIterObject);
  it->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  it->tp_iter = self_iter;
  it->tp_iternext = tupleiter_next;
  it->tp_methods = tupleiter_methods;
}

}  // namespace slotpy
