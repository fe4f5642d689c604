// The array module: array.array, a compact sequence of C numbers (CPython 3.11's
// Modules/arraymodule.c behaviour, x86-64 Linux item sizes).
//
// An array keeps its items packed in a pointer-free block (gc_alloc_atomic) in native byte
// order; `d` describes the item type. Items are converted on every access, with CPython's
// conversion errors ("signed char is greater than maximum", ...). Slices, concatenations and
// repetitions are plain arrays even for subclasses, as in CPython.
//
// The buffer protocol is served by array_buffer() (arraymodule.h), which get_buffer() in
// runtime/bytesobject.cpp consults, so bytes(a), bytearray(a), memoryview(a) (as bytes) and
// every bytes-like argument accept arrays.
//
// The types are readied when the module is first imported.
#include "stdlib/arraymodule.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/rangeobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Array_Type, ArrayIter_Type;

namespace {

// Machine format codes of __reduce_ex__ / _array_reconstructor (CPython's enum).
enum MFormat : int {
  UNSIGNED_INT8 = 0, SIGNED_INT8 = 1, UNSIGNED_INT16_LE = 2, UNSIGNED_INT16_BE = 3,
  SIGNED_INT16_LE = 4, SIGNED_INT16_BE = 5, UNSIGNED_INT32_LE = 6, UNSIGNED_INT32_BE = 7,
  SIGNED_INT32_LE = 8, SIGNED_INT32_BE = 9, UNSIGNED_INT64_LE = 10, UNSIGNED_INT64_BE = 11,
  SIGNED_INT64_LE = 12, SIGNED_INT64_BE = 13, IEEE_754_FLOAT_LE = 14, IEEE_754_FLOAT_BE = 15,
  IEEE_754_DOUBLE_LE = 16, IEEE_754_DOUBLE_BE = 17, UTF16_LE = 18, UTF16_BE = 19,
  UTF32_LE = 20, UTF32_BE = 21, MFORMAT_MAX = 21,
};

struct Descr {
  char code;
  int size;
  bool is_int;
  bool is_signed;
  int mformat;
};

const Descr kDescrs[] = {
    {'b', 1, true, true, SIGNED_INT8},        {'B', 1, true, false, UNSIGNED_INT8},
    {'u', 4, false, false, UTF32_LE},         {'h', 2, true, true, SIGNED_INT16_LE},
    {'H', 2, true, false, UNSIGNED_INT16_LE}, {'i', 4, true, true, SIGNED_INT32_LE},
    {'I', 4, true, false, UNSIGNED_INT32_LE}, {'l', 8, true, true, SIGNED_INT64_LE},
    {'L', 8, true, false, UNSIGNED_INT64_LE}, {'q', 8, true, true, SIGNED_INT64_LE},
    {'Q', 8, true, false, UNSIGNED_INT64_LE}, {'f', 4, false, false, IEEE_754_FLOAT_LE},
    {'d', 8, false, false, IEEE_754_DOUBLE_LE},
};

const Descr* find_descr(uint32_t c) {
  for (const Descr& d : kDescrs)
    if (static_cast<uint32_t>(static_cast<unsigned char>(d.code)) == c) return &d;
  return nullptr;
}

struct ArrayObject : Object {
  char* data;          // size * d->size bytes (gc_alloc_atomic)
  intptr_t size;       // items
  intptr_t allocated;  // items that fit in data
  const Descr* d;
  Object* weaklist;
};

struct ArrayIterObject : Object {
  ArrayObject* ao;  // nullptr once exhausted
  intptr_t index;
};

inline ArrayObject* A(Object* o) { return static_cast<ArrayObject*>(o); }
inline bool is_array(Object* o) {
  return !is_small_int(o) && (o->ob_type == &Array_Type || is_subtype(o->ob_type, &Array_Type));
}

template <class T>
inline T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
inline void store(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

// The type's name without its module (CPython's _PyType_Name).
const char* short_type_name(Object* o) {
  const char* n = type_name(o);
  const char* dot = std::strrchr(n, '.');
  return dot ? dot + 1 : n;
}

// ---- storage ----------------------------------------------------------------------------------
void array_resize(ArrayObject* a, intptr_t n) {
  intptr_t isz = a->d->size;
  if (n < 0 || n > INTPTR_MAX / 2 / isz) raise_memory_error();
  if (n > a->allocated) {
    intptr_t cap = n + (n >> 4) + (n < 8 ? 3 : 7);
    if (cap > INTPTR_MAX / 2 / isz) cap = n;
    char* p = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(cap * isz)));
    if (!p) raise_memory_error();
    if (a->size) std::memcpy(p, a->data, static_cast<size_t>(a->size * isz));
    a->data = p;
    a->allocated = cap;
  } else if (n == 0) {
    a->data = nullptr;
    a->allocated = 0;
  }
  a->size = n;
}

ArrayObject* new_array(TypeObject* type, intptr_t n, const Descr* d) {
  ArrayObject* a = type == &Array_Type ? alloc_object<ArrayObject>(&Array_Type)
                                       : A(type_alloc(type));
  a->d = d;
  a->data = nullptr;
  a->size = 0;
  a->allocated = 0;
  if (n) array_resize(a, n);
  return a;
}

inline char* item_ptr(ArrayObject* a, intptr_t i) { return a->data + i * a->d->size; }

// ---- item conversion --------------------------------------------------------------------------
bool int_to_u64(Object* v, uint64_t* out) {
  intptr_t x;
  if (int_to_intptr(v, &x)) {
    *out = static_cast<uint64_t>(x);
    return true;
  }
  IntMpzView z(v);
  if (!mpz_fits_ulong_p(z.get())) return false;
  *out = mpz_get_ui(z.get());
  return true;
}

// Converts v to the item type of d and writes it at out (nothing written on error).
void pack(const Descr* d, Object* v, char* out) {
  switch (d->code) {
    case 'u': {
      if (!is_str(v) || static_cast<StrObject*>(v)->length != 1)
        raise_type_error("array item must be unicode character");
      store<uint32_t>(out, str_char(static_cast<StrObject*>(v), 0));
      return;
    }
    case 'f':
      store<float>(out, static_cast<float>(as_double(v)));
      return;
    case 'd':
      store<double>(out, as_double(v));
      return;
    default:
      break;
  }
  Object* iv = is_int(v) ? v : number_index(v);
  intptr_t x = 0;
  uint64_t u = 0;
  switch (d->code) {
    case 'b': case 'B': case 'h': case 'H': case 'i':
      if (!int_to_intptr(iv, &x)) raise_overflow_error("Python int too large to convert to C long");
      break;
    case 'l':
      if (!int_to_intptr(iv, &x)) raise_overflow_error("Python int too large to convert to C long");
      store<int64_t>(out, x);
      return;
    case 'q':
      if (!int_to_intptr(iv, &x)) raise_overflow_error("int too big to convert");
      store<int64_t>(out, x);
      return;
    case 'I': case 'L':
      if (int_sign(iv) < 0) raise_overflow_error("can't convert negative value to unsigned int");
      if (!int_to_u64(iv, &u))
        raise_overflow_error("Python int too large to convert to C unsigned long");
      if (d->code == 'L') {
        store<uint64_t>(out, u);
      } else {
        if (u > UINT32_MAX) raise_overflow_error("unsigned int is greater than maximum");
        store<uint32_t>(out, static_cast<uint32_t>(u));
      }
      return;
    case 'Q':
      if (int_sign(iv) < 0) raise_overflow_error("can't convert negative int to unsigned");
      if (!int_to_u64(iv, &u)) raise_overflow_error("int too big to convert");
      store<uint64_t>(out, u);
      return;
    default:
      break;
  }
  switch (d->code) {
    case 'b':
      if (x < INT16_MIN) raise_overflow_error("signed short integer is less than minimum");
      if (x > INT16_MAX) raise_overflow_error("signed short integer is greater than maximum");
      if (x < -128) raise_overflow_error("signed char is less than minimum");
      if (x > 127) raise_overflow_error("signed char is greater than maximum");
      store<int8_t>(out, static_cast<int8_t>(x));
      return;
    case 'B':
      if (x < 0) raise_overflow_error("unsigned byte integer is less than minimum");
      if (x > 255) raise_overflow_error("unsigned byte integer is greater than maximum");
      store<uint8_t>(out, static_cast<uint8_t>(x));
      return;
    case 'h':
      if (x < INT16_MIN) raise_overflow_error("signed short integer is less than minimum");
      if (x > INT16_MAX) raise_overflow_error("signed short integer is greater than maximum");
      store<int16_t>(out, static_cast<int16_t>(x));
      return;
    case 'H':
      if (x < INT32_MIN) raise_overflow_error("signed integer is less than minimum");
      if (x > INT32_MAX) raise_overflow_error("signed integer is greater than maximum");
      if (x < 0) raise_overflow_error("unsigned short is less than minimum");
      if (x > 65535) raise_overflow_error("unsigned short is greater than maximum");
      store<uint16_t>(out, static_cast<uint16_t>(x));
      return;
    default:  // 'i'
      if (x < INT32_MIN) raise_overflow_error("signed integer is less than minimum");
      if (x > INT32_MAX) raise_overflow_error("signed integer is greater than maximum");
      store<int32_t>(out, static_cast<int32_t>(x));
      return;
  }
}

Object* unpack(const Descr* d, const char* p) {
  switch (d->code) {
    case 'b': return make_small_int(load<int8_t>(p));
    case 'B': return make_small_int(load<uint8_t>(p));
    case 'h': return make_small_int(load<int16_t>(p));
    case 'H': return make_small_int(load<uint16_t>(p));
    case 'i': return make_small_int(load<int32_t>(p));
    case 'I': return make_small_int(load<uint32_t>(p));
    case 'l': case 'q': return int_from_intptr(load<int64_t>(p));
    case 'L': case 'Q': return int_from_uint64(load<uint64_t>(p));
    case 'f': return float_new(load<float>(p));
    case 'd': return float_new(load<double>(p));
    default: {  // 'u'
      uint32_t c = load<uint32_t>(p);
      if (c > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
      return str_from_char(c);
    }
  }
}

inline Object* get(ArrayObject* a, intptr_t i) { return unpack(a->d, item_ptr(a, i)); }

// ---- basic operations -------------------------------------------------------------------------
// Inserts v before index `where` (clamped as list.insert).
void ins1(ArrayObject* a, intptr_t where, Object* v) {
  char tmp[8];
  pack(a->d, v, tmp);
  intptr_t n = a->size;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  array_resize(a, n + 1);
  int isz = a->d->size;
  if (where < n)
    std::memmove(item_ptr(a, where + 1), item_ptr(a, where), static_cast<size_t>((n - where) * isz));
  std::memcpy(item_ptr(a, where), tmp, static_cast<size_t>(isz));
}

void append_raw(ArrayObject* a, const char* p, intptr_t nitems) {
  if (nitems == 0) return;
  intptr_t n = a->size;
  array_resize(a, n + nitems);
  std::memmove(item_ptr(a, n), p, static_cast<size_t>(nitems * a->d->size));
}

void iter_extend(ArrayObject* a, Object* iterable) {
  Object* it = get_iter(iterable);
  while (Object* v = iter_next(it)) ins1(a, a->size, v);
}

void do_extend(ArrayObject* a, Object* bb) {
  if (!is_array(bb)) {
    iter_extend(a, bb);
    return;
  }
  ArrayObject* b = A(bb);
  if (a->d != b->d) raise_type_error("can only extend with array of same kind");
  intptr_t n = b->size;
  if (b == a) {
    array_resize(a, 2 * n);
    std::memcpy(item_ptr(a, n), a->data, static_cast<size_t>(n * a->d->size));
    return;
  }
  append_raw(a, b->data, n);
}

void frombytes_raw(ArrayObject* a, const char* p, intptr_t n) {
  int isz = a->d->size;
  if (n % isz != 0) raise_value_error("bytes length not a multiple of item size");
  std::string copy(p, static_cast<size_t>(n));  // p may point into a
  append_raw(a, copy.data(), n / isz);
}

void fromunicode_raw(ArrayObject* a, StrObject* s) {
  intptr_t n = s->length;
  if (!n) return;
  intptr_t old = a->size;
  array_resize(a, old + n);
  for (intptr_t i = 0; i < n; ++i) store<uint32_t>(item_ptr(a, old + i), str_char(s, i));
}

StrObject* to_unicode(ArrayObject* a) {
  intptr_t n = a->size;
  uint32_t* buf = static_cast<uint32_t*>(gc_alloc_atomic(static_cast<size_t>(n + 1) * 4));
  for (intptr_t i = 0; i < n; ++i) {
    uint32_t c = load<uint32_t>(item_ptr(a, i));
    if (c > 0x10FFFF) raise_value_error("character U+%x is not in range [U+0000; U+10ffff]", c);
    buf[i] = c;
  }
  return str_from_ucs4(buf, static_cast<size_t>(n));
}

ListObject* to_list(ArrayObject* a) {
  ListObject* l = list_new(0);
  list_reserve(l, a->size);
  for (intptr_t i = 0; i < a->size; ++i) list_append(l, get(a, i));
  return l;
}

ArrayObject* slice_copy(ArrayObject* a, intptr_t lo, intptr_t hi) {
  if (lo < 0) lo = 0;
  if (hi > a->size) hi = a->size;
  if (hi < lo) hi = lo;
  ArrayObject* r = new_array(&Array_Type, hi - lo, a->d);
  if (hi > lo) std::memcpy(r->data, item_ptr(a, lo), static_cast<size_t>((hi - lo) * a->d->size));
  return r;
}

// The array built from typecode c and an initializer (CPython's array_new after parsing).
Object* construct(TypeObject* type, uint32_t c, Object* init) {
  if (init && c != 'u') {
    if (is_str(init))
      raise_type_error("cannot use a str to initialize an array with typecode '%c'", static_cast<int>(c));
    if (is_array(init) && A(init)->d->code == 'u')
      raise_type_error("cannot use a unicode array to initialize an array with typecode '%c'",
                       static_cast<int>(c));
  }
  Object* it = nullptr;
  if (init && !(is_list(init) || is_bytearray(init) || is_bytes(init) || is_tuple(init) ||
                (c == 'u' && is_str(init)) ||
                (is_array(init) && static_cast<uint32_t>(A(init)->d->code) == c))) {
    it = get_iter(init);
    init = nullptr;
  }
  const Descr* d = find_descr(c);
  if (!d) raise_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  intptr_t len = 0;
  if (init && (is_list(init) || is_tuple(init))) len = length(init);
  else if (init && is_array(init)) len = A(init)->size;
  ArrayObject* a = new_array(type, 0, d);
  if (init && (is_list(init) || is_tuple(init))) {
    array_resize(a, len);
    for (intptr_t i = 0; i < len; ++i) {
      Object* v;
      if (is_list(init)) {
        auto* l = static_cast<ListObject*>(init);
        if (i >= l->size) raise_index_error("list index out of range");
        v = l->items[i];
      } else {
        v = tuple_item(init, i);
      }
      pack(d, v, item_ptr(a, i));
    }
  } else if (init && (is_bytes(init) || is_bytearray(init))) {
    const char* p;
    intptr_t n;
    get_buffer(init, &p, &n);
    frombytes_raw(a, p, n);
  } else if (init && is_str(init)) {
    fromunicode_raw(a, static_cast<StrObject*>(init));
  } else if (init && is_array(init) && len > 0) {
    append_raw(a, A(init)->data, len);
  }
  if (it) iter_extend(a, it);
  return a;
}

Object* array_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (type == &Array_Type) check_no_kwargs("array.array", kwnames);
  if (nargs < 1) raise_type_error("array() takes at least 1 argument (%zu given)", nargs);
  if (nargs > 2) raise_type_error("array() takes at most 2 arguments (%zu given)", nargs);
  Object* tc = args[0];
  if (!is_str(tc) || static_cast<StrObject*>(tc)->length != 1)
    raise_type_error("array() argument 1 must be a unicode character, not %s", type_name(tc));
  return construct(type, str_char(static_cast<StrObject*>(tc), 0), nargs > 1 ? args[1] : nullptr);
}

// ---- slots --------------------------------------------------------------------------------------
Object* array_repr(Object* self) {
  ArrayObject* a = A(self);
  std::string s = short_type_name(self);
  s += "('";
  s += a->d->code;
  s += '\'';
  if (a->size) {
    s += ", ";
    Object* v = a->d->code == 'u' ? static_cast<Object*>(to_unicode(a)) : to_list(a);
    s += str_view(static_cast<StrObject*>(repr(v)));
  }
  s += ')';
  return str_from(s);
}

intptr_t array_length(Object* self) { return A(self)->size; }

Object* array_subscript(Object* self, Object* key) {
  ArrayObject* a = A(self);
  intptr_t i;
  if (seq_index_value(key, &i)) {
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) raise_index_error("array index out of range");
    return get(a, i);
  }
  if (is_slice(key)) {
    intptr_t start, stop, step;
    intptr_t n = slice_unpack(static_cast<SliceObject*>(key), a->size, &start, &stop, &step);
    if (step == 1) return slice_copy(a, start, start + n);
    ArrayObject* r = new_array(&Array_Type, n, a->d);
    int isz = a->d->size;
    for (intptr_t k = 0, cur = start; k < n; ++k, cur += step)
      std::memcpy(item_ptr(r, k), item_ptr(a, cur), static_cast<size_t>(isz));
    return r;
  }
  raise_type_error("array indices must be integers");
}

void array_ass_subscript(Object* self, Object* key, Object* value) {
  ArrayObject* a = A(self);
  intptr_t start, stop, step, slicelength;
  intptr_t i;
  if (seq_index_value(key, &i)) {
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) raise_index_error("array assignment index out of range");
    if (value) {
      pack(a->d, value, item_ptr(a, i));
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelength = 1;
  } else if (is_slice(key)) {
    slice_unpack_raw(static_cast<SliceObject*>(key), &start, &stop, &step);
    slicelength = slice_adjust_indices(a->size, &start, &stop, step);
  } else {
    raise_type_error("array indices must be integers");
  }
  ArrayObject* other = nullptr;
  intptr_t needed = 0;
  if (value) {
    if (!is_array(value))
      raise_type_error("can only assign array (not \"%s\") to array slice", type_name(value));
    other = A(value);
    if (other == a) other = slice_copy(a, 0, a->size);
    if (other->d != a->d) raise_type_error("bad argument type for built-in operation");
    needed = other->size;
  }
  int isz = a->d->size;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step == 1) {
    intptr_t n = a->size;
    if (slicelength > needed) {
      std::memmove(item_ptr(a, start + needed), item_ptr(a, stop), static_cast<size_t>((n - stop) * isz));
      array_resize(a, n - slicelength + needed);
    } else if (slicelength < needed) {
      array_resize(a, n - slicelength + needed);
      std::memmove(item_ptr(a, start + needed), item_ptr(a, stop), static_cast<size_t>((n - stop) * isz));
    }
    if (needed > 0) std::memcpy(item_ptr(a, start), other->data, static_cast<size_t>(needed * isz));
    return;
  }
  if (needed == 0) {  // delete an extended slice
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    intptr_t cur = start, k = 0, n = a->size;
    for (; k < slicelength; cur += step, ++k) {
      intptr_t lim = step - 1;
      if (cur + step >= n) lim = n - cur - 1;
      std::memmove(item_ptr(a, cur - k), item_ptr(a, cur + 1), static_cast<size_t>(lim * isz));
    }
    cur = start + slicelength * step;
    if (cur < n)
      std::memmove(item_ptr(a, cur - slicelength), item_ptr(a, cur), static_cast<size_t>((n - cur) * isz));
    array_resize(a, n - slicelength);
    return;
  }
  if (needed != slicelength)
    raise_value_error("attempt to assign array of size %zd to extended slice of size %zd", needed,
                      slicelength);
  for (intptr_t cur = start, k = 0; k < slicelength; cur += step, ++k)
    std::memcpy(item_ptr(a, cur), item_ptr(other, k), static_cast<size_t>(isz));
}

int array_contains(Object* self, Object* v) {
  ArrayObject* a = A(self);
  for (intptr_t i = 0; i < a->size; ++i)
    if (rich_compare_bool(get(a, i), v, CMP_EQ)) return 1;
  return 0;
}

bool cmp_result(int c, int op) {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

// Native comparison of item i of two arrays of the same integer type: -1, 0, 1.
int compare_int_items(const Descr* d, const char* p, const char* q) {
  if (d->is_signed) {
    int64_t x, y;
    switch (d->size) {
      case 1: x = load<int8_t>(p); y = load<int8_t>(q); break;
      case 2: x = load<int16_t>(p); y = load<int16_t>(q); break;
      case 4: x = load<int32_t>(p); y = load<int32_t>(q); break;
      default: x = load<int64_t>(p); y = load<int64_t>(q); break;
    }
    return x < y ? -1 : x > y;
  }
  uint64_t x, y;
  switch (d->size) {
    case 1: x = load<uint8_t>(p); y = load<uint8_t>(q); break;
    case 2: x = load<uint16_t>(p); y = load<uint16_t>(q); break;
    case 4: x = load<uint32_t>(p); y = load<uint32_t>(q); break;
    default: x = load<uint64_t>(p); y = load<uint64_t>(q); break;
  }
  return x < y ? -1 : x > y;
}

Object* array_richcompare(Object* v, Object* w, int op) {
  if (!is_array(v) || !is_array(w)) return Py_NotImplemented;
  ArrayObject* va = A(v);
  ArrayObject* wa = A(w);
  if (va->size != wa->size && (op == CMP_EQ || op == CMP_NE)) return py_bool(op == CMP_NE);
  if (va->d == wa->d && va->d->is_int) {
    intptr_t common = va->size < wa->size ? va->size : wa->size;
    for (intptr_t i = 0; i < common; ++i) {
      int c = compare_int_items(va->d, item_ptr(va, i), item_ptr(wa, i));
      if (c) return py_bool(cmp_result(c, op));
    }
  } else {
    for (intptr_t i = 0; i < va->size && i < wa->size; ++i) {
      Object* vi = get(va, i);
      Object* wi = get(wa, i);
      if (!rich_compare_bool(vi, wi, CMP_EQ)) {
        if (op == CMP_EQ) return Py_False;
        if (op == CMP_NE) return Py_True;
        return rich_compare(vi, wi, op);
      }
    }
  }
  intptr_t vs = va->size, ws = wa->size;
  return py_bool(cmp_result(vs < ws ? -1 : vs > ws, op));
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

ArrayObject* repeat(ArrayObject* a, intptr_t n) {
  if (n < 0) n = 0;
  intptr_t sz = a->size;
  if (sz && n > INTPTR_MAX / 2 / a->d->size / sz) raise_memory_error();
  ArrayObject* r = new_array(&Array_Type, sz * n, a->d);
  size_t bytes = static_cast<size_t>(sz * a->d->size);
  for (intptr_t k = 0; k < n; ++k) std::memcpy(r->data + k * bytes, a->data, bytes);
  return r;
}

Object* array_add(Object* a, Object* b) {
  if (!is_array(a)) return Py_NotImplemented;
  if (!is_array(b)) {
    TypeObject* bt = type_of(b);
    if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_add && bt->nb_add != array_add) {
      Object* r = bt->nb_add(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can only append array (not \"%s\") to array", type_name(b));
  }
  if (A(a)->d != A(b)->d) raise_type_error("bad argument type for built-in operation");
  ArrayObject* r = slice_copy(A(a), 0, A(a)->size);
  append_raw(r, A(b)->data, A(b)->size);
  return r;
}

Object* array_inplace_add(Object* a, Object* b) {
  if (!is_array(a)) return Py_NotImplemented;
  if (!is_array(b))
    raise_type_error("can only extend array with array (not \"%s\")", type_name(b));
  do_extend(A(a), b);
  return a;
}

Object* array_mul(Object* a, Object* b) {
  Object* arr;
  Object* count;
  if (is_array(a)) {
    arr = a;
    count = b;
  } else if (is_array(b)) {
    arr = b;
    count = a;
  } else {
    return Py_NotImplemented;
  }
  intptr_t n;
  if (!repeat_count(count, &n)) {
    if (arr == a) {
      TypeObject* bt = type_of(b);
      if (type_has(bt, TPFLAGS_HEAPTYPE) && bt->nb_multiply && bt->nb_multiply != array_mul) {
        Object* r = bt->nb_multiply(a, b);
        if (r != Py_NotImplemented) return r;
      }
    }
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(count));
  }
  return repeat(A(arr), n);
}

Object* array_inplace_mul(Object* a, Object* b) {
  if (!is_array(a)) return Py_NotImplemented;
  intptr_t n;
  if (!repeat_count(b, &n)) return Py_NotImplemented;
  ArrayObject* arr = A(a);
  if (n <= 0 || arr->size == 0) {
    array_resize(arr, 0);
    return a;
  }
  intptr_t sz = arr->size;
  if (n > INTPTR_MAX / 2 / arr->d->size / sz) raise_memory_error();
  array_resize(arr, sz * n);
  size_t bytes = static_cast<size_t>(sz * arr->d->size);
  for (intptr_t k = 1; k < n; ++k) std::memcpy(arr->data + k * bytes, arr->data, bytes);
  return a;
}

Object* array_iter(Object* self) {
  auto* it = alloc_object<ArrayIterObject>(&ArrayIter_Type);
  it->ao = A(self);
  it->index = 0;
  return it;
}

// ---- methods ------------------------------------------------------------------------------------
ArrayObject* S(Object* self) { return A(self); }

Object* m_append(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("array.append", nargs, kwnames);
  ins1(S(self), S(self)->size, args[0]);
  return Py_None;
}

Object* m_buffer_info(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.buffer_info", nargs, kwnames);
  return tuple_pack({int_from_uint64(reinterpret_cast<uintptr_t>(S(self)->data)),
                     int_from_intptr(S(self)->size)});
}

Object* m_byteswap(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.byteswap", nargs, kwnames);
  ArrayObject* a = S(self);
  int isz = a->d->size;
  for (intptr_t i = 0; i < a->size; ++i) {
    char* p = item_ptr(a, i);
    for (int k = 0; k < isz / 2; ++k) std::swap(p[k], p[isz - 1 - k]);
  }
  return Py_None;
}

Object* m_copy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.__copy__", nargs, kwnames);
  return slice_copy(S(self), 0, S(self)->size);
}

Object* m_deepcopy(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  one_arg("array.__deepcopy__", nargs, kwnames);
  return slice_copy(S(self), 0, S(self)->size);
}

Object* m_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("array.count", nargs, kwnames);
  ArrayObject* a = S(self);
  intptr_t c = 0;
  for (intptr_t i = 0; i < a->size; ++i)
    if (rich_compare_bool(get(a, i), args[0], CMP_EQ)) ++c;
  return int_from_intptr(c);
}

Object* m_extend(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {""};
  Object* v[1];
  parse_args("extend", args, nargs, kwnames, names, 1, 1, 1, 1, v);
  do_extend(S(self), v[0]);
  return Py_None;
}

Object* m_frombytes(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("array.frombytes", nargs, kwnames);
  Object* b = args[0];
  const char* p;
  intptr_t n;
  if (is_array(b) && A(b)->d->size != 1) raise_type_error("a bytes-like object is required");
  if (b == self) raise_fmt(Exc_BufferError, "cannot resize an array that is exporting buffers");
  if (is_str(b) || !get_buffer(b, &p, &n))
    raise_type_error("a bytes-like object is required, not '%s'", type_name(b));
  frombytes_raw(S(self), p, n);
  return Py_None;
}

Object* m_fromfile(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"", ""};
  Object* v[2];
  parse_args("fromfile", args, nargs, kwnames, names, 2, 2, 2, 2, v);
  intptr_t n = index_value(v[1]);
  ArrayObject* a = S(self);
  if (n < 0) raise_value_error("negative count");
  if (n > 0 && a->d->size > INTPTR_MAX / n) raise_memory_error();
  intptr_t nbytes = n * a->d->size;
  Object* arg = int_from_intptr(nbytes);
  Object* b = call_method_cstr(v[0], "read", &arg, 1);
  if (!is_bytes(b)) raise_type_error("read() didn't return bytes");
  bool not_enough = bytes_size(b) != nbytes;
  frombytes_raw(a, bytes_data(b), bytes_size(b));
  if (not_enough) raise_fmt(Exc_EOFError, "read() didn't return enough bytes");
  return Py_None;
}

Object* m_fromlist(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("array.fromlist", nargs, kwnames);
  if (!is_list(args[0])) raise_type_error("arg must be list");
  auto* l = static_cast<ListObject*>(args[0]);
  ArrayObject* a = S(self);
  intptr_t old = a->size, n = l->size;
  if (!n) return Py_None;
  array_resize(a, old + n);
  try {
    for (intptr_t i = 0; i < n; ++i) {
      if (l->size != n) raise_fmt(Exc_RuntimeError, "list changed size during iteration");
      pack(a->d, l->items[i], item_ptr(a, old + i));
    }
  } catch (PyError&) {
    array_resize(a, old);
    throw;
  }
  return Py_None;
}

Object* m_fromunicode(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("array.fromunicode", nargs, kwnames);
  if (!is_str(args[0]))
    raise_type_error("fromunicode() argument must be str, not %s", type_name(args[0]));
  if (S(self)->d->code != 'u')
    raise_value_error("fromunicode() may only be called on unicode type arrays");
  fromunicode_raw(S(self), static_cast<StrObject*>(args[0]));
  return Py_None;
}

// _PyEval_SliceIndexNotNone: an index-like value, huge values clamped.
intptr_t slice_index_not_none(Object* o) {
  if (!is_int(o) && !type_of(o)->nb_index)
    raise_type_error("slice indices must be integers or have an __index__ method");
  Object* v = is_int(o) ? o : number_index(o);
  intptr_t x;
  if (!int_to_intptr(v, &x)) x = int_sign(v) < 0 ? INTPTR_MIN : INTPTR_MAX;
  return x;
}

Object* m_index(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("array.index", kwnames);
  check_nargs("index", nargs, 1, 3);
  ArrayObject* a = S(self);
  intptr_t start = nargs > 1 ? slice_index_not_none(args[1]) : 0;
  intptr_t stop = nargs > 2 ? slice_index_not_none(args[2]) : INTPTR_MAX;
  if (start < 0) {
    start += a->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += a->size;
  for (intptr_t i = start; i < stop && i < a->size; ++i)
    if (rich_compare_bool(get(a, i), args[0], CMP_EQ)) return int_from_intptr(i);
  raise_value_error("array.index(x): x not in array");
}

Object* m_insert(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("array.insert", kwnames);
  check_nargs("insert", nargs, 2, 2);
  intptr_t i = index_value(args[0]);
  ins1(S(self), i, args[1]);
  return Py_None;
}

Object* m_pop(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("array.pop", kwnames);
  check_nargs("pop", nargs, 0, 1);
  ArrayObject* a = S(self);
  intptr_t i = nargs ? index_value(args[0]) : -1;
  if (a->size == 0) raise_index_error("pop from empty array");
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) raise_index_error("pop index out of range");
  Object* v = get(a, i);
  int isz = a->d->size;
  std::memmove(item_ptr(a, i), item_ptr(a, i + 1), static_cast<size_t>((a->size - i - 1) * isz));
  array_resize(a, a->size - 1);
  return v;
}

Object* g_reconstructor = nullptr;  // the module's _array_reconstructor function

Object* m_reduce_ex(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {""};
  Object* v[1];
  parse_args("__reduce_ex__", args, nargs, kwnames, names, 1, 1, 1, 1, v);
  if (!is_int(v[0])) raise_type_error("__reduce_ex__ argument should be an integer");
  intptr_t protocol;
  if (!int_to_intptr(v[0], &protocol))
    raise_overflow_error("Python int too large to convert to C long");
  ArrayObject* a = S(self);
  Object* dict = get_attr_or_null(self, intern("__dict__"));
  if (!dict) dict = Py_None;
  StrObject* code = str_from_char(static_cast<unsigned char>(a->d->code));
  if (protocol < 3)
    return tuple_pack({type_of(self), tuple_pack({code, to_list(a)}), dict});
  Object* data = bytes_from(a->data, static_cast<size_t>(a->size * a->d->size));
  return tuple_pack({g_reconstructor,
                     tuple_pack({type_of(self), code, make_small_int(a->d->mformat), data}), dict});
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("array.remove", nargs, kwnames);
  ArrayObject* a = S(self);
  for (intptr_t i = 0; i < a->size; ++i) {
    if (rich_compare_bool(get(a, i), args[0], CMP_EQ)) {
      int isz = a->d->size;
      std::memmove(item_ptr(a, i), item_ptr(a, i + 1), static_cast<size_t>((a->size - i - 1) * isz));
      array_resize(a, a->size - 1);
      return Py_None;
    }
  }
  raise_value_error("array.remove(x): x not in array");
}

Object* m_reverse(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.reverse", nargs, kwnames);
  ArrayObject* a = S(self);
  int isz = a->d->size;
  char tmp[8];
  for (intptr_t i = 0, j = a->size - 1; i < j; ++i, --j) {
    std::memcpy(tmp, item_ptr(a, i), isz);
    std::memcpy(item_ptr(a, i), item_ptr(a, j), isz);
    std::memcpy(item_ptr(a, j), tmp, isz);
  }
  return Py_None;
}

Object* m_tofile(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {""};
  Object* v[1];
  parse_args("tofile", args, nargs, kwnames, names, 1, 1, 1, 1, v);
  ArrayObject* a = S(self);
  intptr_t nbytes = a->size * a->d->size;
  const intptr_t kBlock = 64 * 1024;
  for (intptr_t off = 0; off < nbytes; off += kBlock) {
    intptr_t n = nbytes - off < kBlock ? nbytes - off : kBlock;
    Object* b = bytes_from(a->data + off, static_cast<size_t>(n));
    call_method_cstr(v[0], "write", &b, 1);
  }
  return Py_None;
}

Object* m_tolist(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.tolist", nargs, kwnames);
  return to_list(S(self));
}

Object* m_tobytes(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.tobytes", nargs, kwnames);
  return bytes_from(S(self)->data, static_cast<size_t>(S(self)->size * S(self)->d->size));
}

Object* m_tounicode(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.tounicode", nargs, kwnames);
  if (S(self)->d->code != 'u')
    raise_value_error("tounicode() may only be called on unicode type arrays");
  return to_unicode(S(self));
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("array.__sizeof__", nargs, kwnames);
  return int_from_intptr(64 + S(self)->allocated * S(self)->d->size);
}

Object* get_typecode(Object* self) {
  return str_from_char(static_cast<unsigned char>(S(self)->d->code));
}
Object* get_itemsize(Object* self) { return make_small_int(S(self)->d->size); }

// ---- the iterator -----------------------------------------------------------------------------
Object* self_iter(Object* self) { return self; }


Object* arrayiter_next(Object* self) {
  auto* it = static_cast<ArrayIterObject*>(self);
  if (!it->ao) return nullptr;
  if (it->index < it->ao->size) return get(it->ao, it->index++);
  it->ao = nullptr;
  return nullptr;
}

Object* arrayiter_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("arrayiterator.__reduce__", nargs, kwnames);
  auto* it = static_cast<ArrayIterObject*>(self);
  Object* iter_fn = dict_get_cstr(module_dict(create_module_builtins()), "iter");
  if (!it->ao) return tuple_pack({iter_fn, tuple_pack({Empty_Tuple})});
  return tuple_pack({iter_fn, tuple_pack({it->ao}), int_from_intptr(it->index)});
}

Object* arrayiter_setstate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg("arrayiterator.__setstate__", nargs, kwnames);
  auto* it = static_cast<ArrayIterObject*>(self);
  if (!is_int(args[0])) raise_type_error("an integer is required");
  intptr_t i = int_as_intptr(args[0]);
  if (it->ao) {
    if (i < 0) i = 0;
    else if (i > it->ao->size) i = it->ao->size;
    it->index = i;
  }
  return Py_None;
}

// ---- _array_reconstructor -----------------------------------------------------------------------
struct MFDescr {
  int size;
  bool is_signed;
  bool big_endian;
};

MFDescr mformat_descr(int code) {
  switch (code) {
    case UNSIGNED_INT8: return {1, false, false};
    case SIGNED_INT8: return {1, true, false};
    case UNSIGNED_INT16_LE: return {2, false, false};
    case UNSIGNED_INT16_BE: return {2, false, true};
    case SIGNED_INT16_LE: return {2, true, false};
    case SIGNED_INT16_BE: return {2, true, true};
    case UNSIGNED_INT32_LE: return {4, false, false};
    case UNSIGNED_INT32_BE: return {4, false, true};
    case SIGNED_INT32_LE: return {4, true, false};
    case SIGNED_INT32_BE: return {4, true, true};
    case UNSIGNED_INT64_LE: return {8, false, false};
    case UNSIGNED_INT64_BE: return {8, false, true};
    case SIGNED_INT64_LE: return {8, true, false};
    case SIGNED_INT64_BE: return {8, true, true};
    case IEEE_754_FLOAT_LE: return {4, false, false};
    case IEEE_754_FLOAT_BE: return {4, false, true};
    case IEEE_754_DOUBLE_LE: return {8, false, false};
    case IEEE_754_DOUBLE_BE: return {8, false, true};
    case UTF16_LE: return {4, false, false};
    case UTF16_BE: return {4, false, true};
    case UTF32_LE: return {8, false, false};
    default: return {8, false, true};  // UTF32_BE
  }
}

// The unsigned value of n bytes at p in the given byte order.
uint64_t read_uint(const unsigned char* p, int n, bool big_endian) {
  uint64_t v = 0;
  for (int k = 0; k < n; ++k) v |= static_cast<uint64_t>(p[big_endian ? k : n - 1 - k]) << (8 * (n - 1 - k));
  return v;
}

[[noreturn]] void decode_error(const char* enc, Object* items, intptr_t pos, intptr_t end,
                               const char* reason) {
  Object* eargs[5] = {str_from_cstr(enc), items, int_from_intptr(pos), int_from_intptr(end),
                      str_from_cstr(reason)};
  raise(new_exception(Exc_UnicodeDecodeError, eargs, 5));
}

StrObject* decode_utf16(Object* items, bool big_endian) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes_data(items));
  intptr_t n = bytes_size(items);
  StrBuilder sb;
  intptr_t i = 0;
  while (i + 1 < n) {
    uint32_t c = static_cast<uint32_t>(read_uint(p + i, 2, big_endian));
    if (c >= 0xD800 && c < 0xDC00) {
      if (i + 3 >= n) decode_error("utf-16-le", items, i, n, "unexpected end of data");
      uint32_t c2 = static_cast<uint32_t>(read_uint(p + i + 2, 2, big_endian));
      if (c2 < 0xDC00 || c2 >= 0xE000) decode_error("utf-16-le", items, i, i + 2, "illegal UTF-16 surrogate");
      sb.append_char(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
      i += 4;
      continue;
    }
    if (c >= 0xDC00 && c < 0xE000) decode_error("utf-16-le", items, i, i + 2, "illegal encoding");
    sb.append_char(c);
    i += 2;
  }
  if (i < n) decode_error("utf-16-le", items, i, n, "truncated data");
  return sb.finish();
}

StrObject* decode_utf32(Object* items, bool big_endian) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes_data(items));
  intptr_t n = bytes_size(items);
  StrBuilder sb;
  intptr_t i = 0;
  for (; i + 3 < n; i += 4) {
    uint32_t c = static_cast<uint32_t>(read_uint(p + i, 4, big_endian));
    if (c > 0x10FFFF || (c >= 0xD800 && c < 0xE000))
      decode_error("utf-32-le", items, i, i + 4, "code point not in range(0x110000)");
    sb.append_char(c);
  }
  if (i < n) decode_error("utf-32-le", items, i, n, "truncated data");
  return sb.finish();
}

Object* f_array_reconstructor(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_array_reconstructor", kwnames);
  check_nargs("_array_reconstructor", nargs, 4, 4);
  Object* arraytype = args[0];
  Object* tc = args[1];
  if (!is_str(tc) || static_cast<StrObject*>(tc)->length != 1)
    raise_type_error("_array_reconstructor() argument 2 must be a unicode character, not %s",
                     type_name(tc));
  int mformat = static_cast<int>(int_as_intptr(number_index(args[2])));
  Object* items = args[3];
  if (!is_type(arraytype))
    raise_type_error("first argument must be a type object, not %s", type_name(arraytype));
  auto* type = static_cast<TypeObject*>(arraytype);
  if (!is_subtype(type, &Array_Type))
    raise_type_error("%s is not a subtype of array.array", type->tp_name);
  const Descr* d = find_descr(str_char(static_cast<StrObject*>(tc), 0));
  if (!d) raise_value_error("second argument must be a valid type code");
  if (mformat < 0 || mformat > MFORMAT_MAX)
    raise_value_error("third argument must be a valid machine format code.");
  if (!is_bytes(items)) raise_type_error("fourth argument should be bytes, not %s", type_name(items));
  uint32_t typecode = static_cast<unsigned char>(d->code);
  if (mformat == d->mformat) return construct(type, typecode, items);
  MFDescr mf = mformat_descr(mformat);
  intptr_t len = bytes_size(items);
  if (len % mf.size != 0) raise_value_error("string length not a multiple of item size");
  const auto* p = reinterpret_cast<const unsigned char*>(bytes_data(items));
  Object* converted;
  switch (mformat) {
    case IEEE_754_FLOAT_LE: case IEEE_754_FLOAT_BE: case IEEE_754_DOUBLE_LE: case IEEE_754_DOUBLE_BE: {
      intptr_t n = len / mf.size;
      ListObject* l = list_new(0);
      for (intptr_t i = 0; i < n; ++i) {
        uint64_t bits = read_uint(p + i * mf.size, mf.size, mf.big_endian);
        double x;
        if (mf.size == 4) {
          uint32_t b32 = static_cast<uint32_t>(bits);
          float f;
          std::memcpy(&f, &b32, 4);
          x = f;
        } else {
          std::memcpy(&x, &bits, 8);
        }
        list_append(l, float_new(x));
      }
      converted = l;
      break;
    }
    case UTF16_LE: case UTF16_BE:
      converted = decode_utf16(items, mf.big_endian);
      break;
    case UTF32_LE: case UTF32_BE:
      converted = decode_utf32(items, mf.big_endian);
      break;
    default: {
      for (const Descr& dd : kDescrs)
        if (dd.is_int && dd.size == mf.size && dd.is_signed == mf.is_signed)
          typecode = static_cast<unsigned char>(dd.code);
      intptr_t n = len / mf.size;
      ListObject* l = list_new(0);
      for (intptr_t i = 0; i < n; ++i) {
        uint64_t u = read_uint(p + i * mf.size, mf.size, mf.big_endian);
        if (mf.is_signed) {
          int shift = 64 - 8 * mf.size;
          int64_t s = static_cast<int64_t>(u << shift) >> shift;
          list_append(l, int_from_intptr(s));
        } else {
          list_append(l, int_from_uint64(u));
        }
      }
      converted = l;
      break;
    }
  }
  return construct(type, typecode, converted);
}

const MethodDef array_methods[] = {
    {"append", m_append, METH_DEFAULT, "Append new value v to the end of the array."},
    {"buffer_info", m_buffer_info, METH_DEFAULT,
     "Return a tuple (address, length) giving the current memory address and the length in items."},
    {"byteswap", m_byteswap, METH_DEFAULT, "Byteswap all items of the array."},
    {"__copy__", m_copy, METH_DEFAULT, "Return a copy of the array."},
    {"count", m_count, METH_DEFAULT, "Return number of occurrences of v in the array."},
    {"__deepcopy__", m_deepcopy, METH_DEFAULT, "Return a copy of the array."},
    {"extend", m_extend, METH_DEFAULT, "Append items to the end of the array."},
    {"frombytes", m_frombytes, METH_DEFAULT, "Appends items from the bytes-like object."},
    {"fromfile", m_fromfile, METH_DEFAULT, "Read n objects from the file object f and append them."},
    {"fromlist", m_fromlist, METH_DEFAULT, "Append items to array from list."},
    {"fromunicode", m_fromunicode, METH_DEFAULT, "Extends this array with data from the unicode string."},
    {"index", m_index, METH_DEFAULT, "Return index of first occurrence of v in the array."},
    {"insert", m_insert, METH_DEFAULT, "Insert a new item v into the array before position i."},
    {"pop", m_pop, METH_DEFAULT, "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", m_reduce_ex, METH_DEFAULT, "Return state information for pickling."},
    {"remove", m_remove, METH_DEFAULT, "Remove the first occurrence of v in the array."},
    {"reverse", m_reverse, METH_DEFAULT, "Reverse the order of the items in the array."},
    {"tofile", m_tofile, METH_DEFAULT, "Write all items (as machine values) to the file object f."},
    {"tolist", m_tolist, METH_DEFAULT, "Convert array to an ordinary list with the same items."},
    {"tobytes", m_tobytes, METH_DEFAULT, "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", m_tounicode, METH_DEFAULT, "Extends this array with data from the unicode string."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Size of the array in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef array_getset[] = {
    {"typecode", get_typecode, nullptr, "the typecode character used to create the array"},
    {"itemsize", get_itemsize, nullptr, "the size, in bytes, of one array item"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef arrayiter_methods[] = {
    {"__reduce__", arrayiter_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", arrayiter_setstate, METH_DEFAULT, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef module_functions[] = {
    {"_array_reconstructor", f_array_reconstructor, METH_DEFAULT,
     "Internal. Used for pickling support."},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
  TypeObject* t = &Array_Type;
  t->tp_name = "array.array";
  t->tp_basicsize = sizeof(ArrayObject);
  t->tp_weaklistoffset = offsetof(ArrayObject, weaklist);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_SEQUENCE;
  t->tp_doc =
      "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted "
      "by typecode, and\ninitialized from the optional initializer value, which must be a list,\n"
      "string or iterable over elements of the appropriate type.";
  t->tp_methods = array_methods;
  t->tp_getset = array_getset;
  t->tp_repr = array_repr;
  t->tp_hash = g_hash_not_implemented;
  t->tp_richcompare = array_richcompare;
  t->tp_iter = array_iter;
  t->tp_new = array_tp_new;
  t->mp_length = array_length;
  t->mp_subscript = array_subscript;
  t->mp_ass_subscript = array_ass_subscript;
  t->sq_contains = array_contains;
  t->nb_add = array_add;
  t->nb_inplace_add = array_inplace_add;
  t->nb_multiply = array_mul;
  t->nb_inplace_multiply = array_inplace_mul;

  TypeObject* it = &ArrayIter_Type;
  it->tp_name = "array.arrayiterator";
  it->tp_basicsize = sizeof(ArrayIterObject);
  it->tp_flags = TPFLAGS_DISALLOW_INSTANTIATION;
  it->tp_iter = self_iter;
  it->tp_iternext = arrayiter_next;
  it->tp_methods = arrayiter_methods;

  type_ready(&Array_Type);
  type_ready(&ArrayIter_Type);
}

}  // namespace

bool array_buffer(Object* o, const char** data, intptr_t* size) {
  if (!is_array(o)) return false;
  ArrayObject* a = A(o);
  static const char empty[1] = {0};
  *data = a->data ? a->data : empty;
  *size = a->size * a->d->size;
  return true;
}

Object* create_module_array() {
  if (!type_has(&Array_Type, TPFLAGS_READY)) init_types();
  ModuleObject* m = module_new("array");
  module_add(m, "__doc__",
             str_from_cstr("This module defines an object type which can efficiently represent\n"
                           "an array of basic values: characters, integers, floating point\n"
                           "numbers.  Arrays are sequence types and behave very much like lists,\n"
                           "except that the type of objects stored in them is constrained.\n"));
  module_add(m, "array", &Array_Type);
  module_add(m, "ArrayType", &Array_Type);
  module_add(m, "typecodes", str_from_cstr("bBuhHiIlLqQfd"));
  module_add_functions(m, module_functions);
  g_reconstructor = dict_get_cstr(module_dict(m), "_array_reconstructor");
  return m;
}

}  // namespace slotpy
