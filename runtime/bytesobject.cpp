// bytes and bytearray: construction, the types' slots, their iterators and the common methods
// (CPython 3.11 semantics and messages). The methods shared by the two types work on any
// bytes-like `self` and return an object of self's kind (bytes or bytearray).
#include "runtime/bytesobject.h"

#include <sys/types.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/rangeobject.h"
#include "runtime/repr.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/arraymodule.h"

namespace slotpy {

// slotdefs.cpp: the tp_hash of unhashable types (their __hash__ is None).
extern HashFn g_hash_not_implemented;

TypeObject Bytes_Type;
TypeObject BytesIter_Type;
TypeObject ByteArray_Type;
TypeObject ByteArrayIter_Type;

namespace {

BytesObject* g_empty_bytes;
BytesObject* g_byte_cache[256];

inline BytesObject* B(Object* o) { return static_cast<BytesObject*>(o); }
inline ByteArrayObject* BA(Object* o) { return static_cast<ByteArrayObject*>(o); }

// The data and size of a bytes or bytearray object (self of the shared methods).
inline const char* D(Object* o) { return is_bytes(o) ? B(o)->data : BA(o)->data; }
inline intptr_t N(Object* o) { return is_bytes(o) ? B(o)->ob_size : BA(o)->size; }
inline const uint8_t* UD(Object* o) { return reinterpret_cast<const uint8_t*>(D(o)); }

// Exact bytes hold no pointers except to the static type: the block is not scanned.
BytesObject* alloc_bytes(intptr_t n) {
  if (n < 0 || n > INTPTR_MAX / 2) raise_memory_error();
  auto* b = static_cast<BytesObject*>(gc_alloc_atomic(sizeof(BytesObject) + n + 1));
  if (!b) raise_memory_error();
  b->ob_type = &Bytes_Type;
  b->ob_size = n;
  b->hash = -1;
  b->data[n] = 0;
  return b;
}

BytesObject* empty_bytes() {
  if (!g_empty_bytes) g_empty_bytes = alloc_bytes(0);
  return g_empty_bytes;
}

BytesObject* byte_bytes(uint8_t c) {
  BytesObject*& slot = g_byte_cache[c];
  if (!slot) {
    slot = alloc_bytes(1);
    slot->data[0] = static_cast<char>(c);
  }
  return slot;
}

inline bool is_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(uint8_t c) { return is_upper(c) || is_lower(c); }
inline bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
inline uint8_t to_upper(uint8_t c) { return is_lower(c) ? c - 32 : c; }
inline uint8_t to_lower(uint8_t c) { return is_upper(c) ? c + 32 : c; }

}  // namespace

// ---- bytes and bytearray allocation -------------------------------------------------------------

BytesObject* bytes_new_uninit(intptr_t n) {
  if (n == 0) return empty_bytes();
  return alloc_bytes(n);
}

BytesObject* bytes_from(const char* s, size_t n) {
  if (n == 0) return empty_bytes();
  if (n == 1) return byte_bytes(static_cast<uint8_t>(s[0]));
  BytesObject* b = alloc_bytes(static_cast<intptr_t>(n));
  std::memcpy(b->data, s, n);
  return b;
}

bool is_bytearray(const Object* o) {
  if (is_small_int(o)) return false;
  return o->ob_type == &ByteArray_Type || is_subtype(o->ob_type, &ByteArray_Type);
}

bool get_buffer(Object* o, const char** data, intptr_t* size) {
  if (is_bytes(o)) {
    *data = B(o)->data;
    *size = B(o)->ob_size;
    return true;
  }
  if (is_bytearray(o)) {
    *data = BA(o)->data;
    *size = BA(o)->size;
    return true;
  }
  if (array_buffer(o, data, size)) return true;  // array.array (stdlib/arraymodule.h)
  return memoryview_buffer(o, data, size);
}

// Makes room for `n` bytes (keeping the content); the byte after the last is kept zero.
void bytearray_resize(ByteArrayObject* a, intptr_t n) {
  if (n < 0 || n > INTPTR_MAX / 4) raise_memory_error();
  if (n + 1 > a->allocated) {
    intptr_t cap = n + (n >> 3) + 8;
    char* d = static_cast<char*>(gc_alloc_atomic(cap));
    if (!d) raise_memory_error();
    if (a->size) std::memcpy(d, a->data, a->size);
    a->data = d;
    a->allocated = cap;
  }
  a->size = n;
  a->data[n] = 0;
}

static ByteArrayObject* bytearray_alloc(TypeObject* type) {
  ByteArrayObject* a;
  if (type == &ByteArray_Type) a = alloc_object<ByteArrayObject>(&ByteArray_Type);
  else a = static_cast<ByteArrayObject*>(type_alloc(type));
  a->size = 0;
  a->allocated = 0;
  a->data = nullptr;
  bytearray_resize(a, 0);
  return a;
}

ByteArrayObject* bytearray_from(const char* s, size_t n) {
  ByteArrayObject* a = bytearray_alloc(&ByteArray_Type);
  bytearray_resize(a, static_cast<intptr_t>(n));
  if (n) std::memcpy(a->data, s, n);
  return a;
}

namespace {

// A bytes-like argument.
struct Buf {
  const char* p;
  intptr_t n;
};

inline bool is_buffer(Object* o) { return is_bytes(o) || is_bytearray(o); }

Buf need_buffer(Object* o) {
  Buf b;
  if (!get_buffer(o, &b.p, &b.n))
    raise_type_error("a bytes-like object is required, not '%s'", type_name(o));
  return b;
}

// A result of self's kind: bytes for bytes (and subclasses), bytearray for bytearray.
Object* like(Object* self, const char* p, intptr_t n) {
  if (is_bytes(self)) return bytes_from(p, n);
  return bytearray_from(p, n);
}

// self "unchanged": self when an exact bytes, else a new object of the base type.
Object* same(Object* self) {
  if (self->ob_type == &Bytes_Type) return self;
  return like(self, D(self), N(self));
}

Object* sub(Object* self, intptr_t i, intptr_t j) {
  if (i == 0 && j == N(self)) return same(self);
  return like(self, D(self) + i, j - i);
}

// "bytes.strip" / "bytearray.strip" for the argument-count messages.
struct Qual {
  char buf[48];
  Qual(Object* self, const char* name) {
    std::snprintf(buf, sizeof buf, "%s.%s", is_bytes(self) ? "bytes" : "bytearray", name);
  }
  operator const char*() const { return buf; }
};

// The value of an int-like item of an iterable of bytes: 0..255 or ValueError `range_msg`.
uint8_t byte_item(Object* v, const char* range_msg) {
  intptr_t x;
  if (is_small_int(v)) {
    x = small_int_value(v);
  } else {
    Object* iv = number_index(v);
    if (!int_to_intptr(iv, &x)) x = -1;
  }
  if (x < 0 || x > 255) raise_value_error("%s", range_msg);
  return static_cast<uint8_t>(x);
}

// The bytes of an iterable of ints (list and tuple read directly).
std::string bytes_of_iterable(Object* o, const char* kind) {
  std::string buf;
  const char* ap;  // array.array: its raw bytes (bytes(a), bytearray(a))
  if (intptr_t an; array_buffer(o, &ap, &an)) return std::string(ap, static_cast<size_t>(an));
  if (is_list_exact(o)) {
    auto* l = static_cast<ListObject*>(o);
    buf.reserve(l->size);
    for (intptr_t i = 0; i < l->size; ++i) buf += static_cast<char>(byte_item(l->items[i], "bytes must be in range(0, 256)"));
    return buf;
  }
  if (is_tuple_exact(o)) {
    for (intptr_t i = 0; i < tuple_size(o); ++i)
      buf += static_cast<char>(byte_item(tuple_item(o, i), "bytes must be in range(0, 256)"));
    return buf;
  }
  Object* it;
  try {
    it = get_iter(o);
  } catch (PyError&) {
    if (!exception_matches(Exc_TypeError)) throw;
    clear_exception();
    raise_type_error("cannot convert '%s' object to %s", type_name(o), kind);
  }
  while (Object* v = iter_next(it)) buf += static_cast<char>(byte_item(v, "bytes must be in range(0, 256)"));
  return buf;
}

// A count argument of bytes(n)/bytearray(n): -1 when `x` is not int-like.
intptr_t count_arg(Object* x) {
  if (!is_small_int(x) && !type_of(x)->nb_index) return -1;
  Object* v = number_index(x);
  intptr_t n;
  if (is_small_int(v)) n = small_int_value(v);
  else if (!int_to_intptr(v, &n))
    raise_overflow_error("cannot fit '%s' into an index-sized integer", type_name(x));
  if (n < 0) raise_value_error("negative count");
  return n;
}

}  // namespace

// The exact-bytes value of b (b itself when exact).
static BytesObject* bytes_exact(Object* b) {
  if (b->ob_type == &Bytes_Type) return B(b);
  return bytes_from(D(b), N(b));
}

// ---- construction from objects ------------------------------------------------------------------

Object* bytes_from_object(Object* x) {
  if (!is_small_int(x) && x->ob_type == &Bytes_Type) return x;
  if (is_buffer(x)) return bytes_from(D(x), N(x));
  if (!is_small_int(x)) {
    static StrObject* name_bytes = nullptr;
    if (!name_bytes) name_bytes = intern("__bytes__");
    if (Object* f = type_lookup(type_of(x), name_bytes)) {
      Object* r = call1(f, x);
      if (!is_bytes(r)) raise_type_error("__bytes__ returned non-bytes (type %s)", type_name(r));
      return r;
    }
  }
  if (is_str(x)) raise_type_error("string argument without an encoding");
  intptr_t n = count_arg(x);
  if (n >= 0) {
    BytesObject* b = bytes_new_uninit(n);
    std::memset(b->data, 0, n);
    return b;
  }
  std::string buf = bytes_of_iterable(x, "bytes");
  return bytes_from(buf.data(), buf.size());
}

static const char* codec_param(const char* fname, Object* o, const char* what) {
  if (!is_str(o)) raise_type_error("%s() argument '%s' must be str, not %s", fname, what, type_name(o));
  return str_utf8(static_cast<StrObject*>(o));
}

static Object* bytes_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Object* out[3];
  unpack_keywords("bytes", args, nargs, kwnames, names, 3, 0, out);
  Object* x = out[0];
  Object* r;
  const char* encoding = out[1] ? codec_param("bytes", out[1], "encoding") : nullptr;
  const char* errors = out[2] ? codec_param("bytes", out[2], "errors") : nullptr;
  if (!x) {
    if (encoding || errors)
      raise_type_error(encoding ? "encoding without a string argument" : "errors without a string argument");
    r = empty_bytes();
  } else if (encoding) {
    if (!is_str(x)) raise_type_error("encoding without a string argument");
    r = str_encode(static_cast<StrObject*>(x), encoding, errors ? errors : "strict");
  } else if (errors) {
    raise_type_error(is_str(x) ? "string argument without an encoding" : "errors without a string argument");
  } else {
    r = bytes_from_object(x);
  }
  if (type == &Bytes_Type) return r;
  intptr_t n = N(r);
  auto* b = static_cast<BytesObject*>(type_alloc(type, n + 1));
  b->ob_size = n;
  b->hash = -1;
  std::memcpy(b->data, D(r), n);
  b->data[n] = 0;
  return b;
}

static Object* bytearray_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  return bytearray_alloc(type);
}

static void bytearray_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"source", "encoding", "errors"};
  Object* out[3];
  unpack_keywords("bytearray", args, nargs, kwnames, names, 3, 0, out);
  Object* x = out[0];
  ByteArrayObject* a = BA(self);
  const char* encoding = out[1] ? codec_param("bytearray", out[1], "encoding") : nullptr;
  const char* errors = out[2] ? codec_param("bytearray", out[2], "errors") : nullptr;
  bytearray_resize(a, 0);
  if (!x) {
    if (encoding || errors)
      raise_type_error(encoding ? "encoding without a string argument" : "errors without a string argument");
    return;
  }
  Buf src;
  std::string tmp;
  if (encoding) {
    if (!is_str(x)) raise_type_error("encoding without a string argument");
    Object* e = str_encode(static_cast<StrObject*>(x), encoding, errors ? errors : "strict");
    src = {D(e), N(e)};
  } else if (errors) {
    raise_type_error(is_str(x) ? "string argument without an encoding" : "errors without a string argument");
  } else if (is_str(x)) {
    raise_type_error("string argument without an encoding");
  } else if (is_buffer(x)) {
    tmp.assign(D(x), N(x));  // x may be self
    src = {tmp.data(), static_cast<intptr_t>(tmp.size())};
  } else {
    intptr_t n = count_arg(x);
    if (n >= 0) {
      bytearray_resize(a, n);
      std::memset(a->data, 0, n);
      return;
    }
    tmp = bytes_of_iterable(x, "bytearray");
    src = {tmp.data(), static_cast<intptr_t>(tmp.size())};
  }
  bytearray_resize(a, src.n);
  if (src.n) std::memcpy(a->data, src.p, src.n);
}

// ---- shared slots ---------------------------------------------------------------------------------

static Object* bytes_repr(Object* self) {
  std::string out;
  if (is_bytes(self)) {
    append_bytes_repr(out, D(self), N(self));
    return str_from_utf8(out.data(), out.size());
  }
  // bytearray(b'...'): like bytes, except that CPython escapes ' even inside "...".
  out += type_name(self);
  out += "(b";
  const char* p = D(self);
  intptr_t n = N(self);
  bool has_single = std::memchr(p, '\'', n) != nullptr;
  bool has_double = std::memchr(p, '"', n) != nullptr;
  char quote = has_single && !has_double ? '"' : '\'';
  out += quote;
  static const char hexd[] = "0123456789abcdef";
  for (intptr_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c == '\'' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += hexd[c >> 4];
      out += hexd[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  out += ')';
  return str_from_utf8(out.data(), out.size());
}

static intptr_t bytes_hash(Object* self) {
  BytesObject* b = B(self);
  if (b->hash == -1) b->hash = str_hash_bytes(UD(self), b->ob_size);
  return b->hash;
}

static Object* bytes_richcompare(Object* a, Object* b, int op) {
  Buf x, y;
  if ((is_bytes(a) && array_buffer(b, &y.p, &y.n)) || (is_bytes(b) && array_buffer(a, &x.p, &x.n)))
    return Py_NotImplemented;  // bytes (unlike bytearray) never compares with an array.array
  if (!get_buffer(a, &x.p, &x.n) || !get_buffer(b, &y.p, &y.n)) return Py_NotImplemented;
  if (op == CMP_EQ || op == CMP_NE) {
    bool eq = a == b;
    if (!eq && x.n == y.n) {
      bool hashes_differ = is_bytes(a) && is_bytes(b) && B(a)->hash != -1 && B(b)->hash != -1 &&
                           B(a)->hash != B(b)->hash;
      eq = !hashes_differ && std::memcmp(x.p, y.p, x.n) == 0;
    }
    return py_bool(op == CMP_EQ ? eq : !eq);
  }
  int c = std::memcmp(x.p, y.p, x.n < y.n ? x.n : y.n);
  if (c == 0) c = x.n < y.n ? -1 : x.n > y.n ? 1 : 0;
  switch (op) {
    case CMP_LT: return py_bool(c < 0);
    case CMP_LE: return py_bool(c <= 0);
    case CMP_GT: return py_bool(c > 0);
    default: return py_bool(c >= 0);
  }
}

static intptr_t bytes_length(Object* self) { return N(self); }

// An index key: true with *i set for int-likes; false for slices; TypeError otherwise.
static bool index_key(Object* self, Object* key, intptr_t* i) {
  if (is_small_int(key)) {
    *i = small_int_value(key);
    return true;
  }
  if (type_of(key) == &Slice_Type) return false;
  if (!type_of(key)->nb_index)
    raise_type_error("%s indices must be integers or slices, not %s", is_bytes(self) ? "byte" : "bytearray",
                     type_name(key));
  Object* v = number_index(key);
  if (is_small_int(v)) *i = small_int_value(v);
  else if (!int_to_intptr(v, i))
    raise_fmt(Exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(key));
  return true;
}

static Object* bytes_subscript(Object* self, Object* key) {
  intptr_t n = N(self), i;
  if (!index_key(self, key, &i)) {
    intptr_t start, stop, step;
    intptr_t count = slice_unpack(static_cast<SliceObject*>(key), n, &start, &stop, &step);
    if (count <= 0) return like(self, "", 0);
    if (step == 1) return sub(self, start, start + count);
    std::string buf(count, '\0');
    for (intptr_t k = 0; k < count; ++k) buf[k] = D(self)[start + k * step];
    return like(self, buf.data(), count);
  }
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error(is_bytes(self) ? "index out of range" : "bytearray index out of range");
  return make_small_int(UD(self)[i]);
}

// A byte value from an int-like argument, or -1 if `o` is not int-like.
static int byte_value(Object* o) {
  if (!is_small_int(o) && !type_of(o)->nb_index) return -1;
  return byte_item(o, "byte must be in range(0, 256)");
}

static intptr_t find_bytes(const char* h, intptr_t start, intptr_t end, const char* nd, intptr_t m) {
  if (start < 0) start = 0;
  if (end - start < m) return -1;
  if (m == 0) return start;
  const char* r = fast_memmem(h + start, end - start, nd, m);
  return r ? r - h : -1;
}

static intptr_t rfind_bytes(const char* h, intptr_t start, intptr_t end, const char* nd, intptr_t m) {
  if (start < 0) start = 0;
  if (end - start < m) return -1;
  for (intptr_t i = end - m; i >= start; --i)
    if (std::memcmp(h + i, nd, m) == 0) return i;
  return -1;
}

static int bytes_contains(Object* self, Object* item) {
  int c = byte_value(item);
  if (c >= 0) return std::memchr(D(self), c, N(self)) != nullptr;
  Buf s = need_buffer(item);
  return find_bytes(D(self), 0, N(self), s.p, s.n) >= 0;
}

static Object* concat(Object* a, Object* b) {
  Buf y = need_buffer(b);
  intptr_t na = N(a);
  if (is_bytes(a)) {
    if (y.n == 0 && a->ob_type == &Bytes_Type) return a;
    if (na == 0 && b->ob_type == &Bytes_Type) return b;
    if (na > INTPTR_MAX / 4 - y.n) raise_memory_error();
    BytesObject* r = bytes_new_uninit(na + y.n);
    std::memcpy(r->data, D(a), na);
    std::memcpy(r->data + na, y.p, y.n);
    return r;
  }
  ByteArrayObject* r = bytearray_from(D(a), na);
  bytearray_resize(r, na + y.n);
  std::memcpy(r->data + na, y.p, y.n);
  return r;
}

// Any bytes-like object (bytes, bytearray, memoryview, array.array) can be concatenated.
static bool is_bytes_like(Object* o) {
  const char* p;
  intptr_t n;
  return is_buffer(o) || get_buffer(o, &p, &n);
}

static Object* bytes_add(Object* a, Object* b) {
  if (!is_buffer(a)) return Py_NotImplemented;
  if (is_bytes_like(b)) return concat(a, b);
  // A class's reflected method (__radd__) gets its chance before the TypeError.
  BinaryFn other = type_has(type_of(b), TPFLAGS_HEAPTYPE) ? type_of(b)->nb_add : nullptr;
  if (other && other != a->ob_type->nb_add) {
    Object* r = other(a, b);
    if (r != Py_NotImplemented) return r;
  }
  raise_type_error("can't concat %s to %s", type_name(b), type_name(a));
}

static intptr_t repeat_count(Object* count) {
  if (is_small_int(count)) return small_int_value(count);
  Object* v = number_index(count);
  intptr_t n;
  if (is_small_int(v)) return small_int_value(v);
  if (!int_to_intptr(v, &n))
    raise_overflow_error("cannot fit '%s' into an index-sized integer", type_name(count));
  return n;
}

static void fill_repeat(char* dst, const char* src, intptr_t len, intptr_t total) {
  if (len == 1) {
    std::memset(dst, src[0], total);
    return;
  }
  intptr_t have = len;
  std::memcpy(dst, src, len);
  while (have < total) {
    intptr_t k = have < total - have ? have : total - have;
    std::memcpy(dst + have, dst, k);
    have += k;
  }
}

static Object* repeat(Object* self, intptr_t n) {
  intptr_t len = N(self);
  if (n < 0) n = 0;
  if (is_bytes(self)) {
    if (n == 0 || len == 0) return empty_bytes();
    if (n == 1 && self->ob_type == &Bytes_Type) return self;
  }
  if (len && n > INTPTR_MAX / 4 / len) raise_memory_error();
  intptr_t total = len * n;
  if (is_bytes(self)) {
    BytesObject* r = bytes_new_uninit(total);
    fill_repeat(r->data, D(self), len, total);
    return r;
  }
  ByteArrayObject* r = bytearray_alloc(&ByteArray_Type);
  bytearray_resize(r, total);
  if (total) fill_repeat(r->data, D(self), len, total);
  return r;
}

static Object* bytes_multiply(Object* a, Object* b) {
  if (is_buffer(a)) {
    if (is_small_int(b) || type_of(b)->nb_index) return repeat(a, repeat_count(b));
    BinaryFn other = type_has(type_of(b), TPFLAGS_HEAPTYPE) ? type_of(b)->nb_multiply : nullptr;
    if (other && other != a->ob_type->nb_multiply) {
      Object* r = other(a, b);
      if (r != Py_NotImplemented) return r;
    }
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(b));
  }
  if (!is_buffer(b)) return Py_NotImplemented;
  if (is_small_int(a) || type_of(a)->nb_index) return repeat(b, repeat_count(a));
  raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(a));
}

static Object* bytes_mod(Object* a, Object* b) {
  if (!is_buffer(a)) return Py_NotImplemented;
  return bytes_percent_format(a, b);
}

// ---- bytearray-only slots ------------------------------------------------------------------------

static Object* bytearray_inplace_add(Object* a, Object* b) {
  if (!is_bytearray(a)) return Py_NotImplemented;
  if (!is_bytes_like(b)) raise_type_error("can't concat %s to %s", type_name(b), type_name(a));
  Buf y = need_buffer(b);
  ByteArrayObject* s = BA(a);
  intptr_t n = s->size;
  std::string tmp(y.p, y.n);  // b may be a itself
  bytearray_resize(s, n + y.n);
  std::memcpy(s->data + n, tmp.data(), tmp.size());
  return a;
}

static Object* bytearray_inplace_multiply(Object* a, Object* b) {
  if (!is_bytearray(a)) return Py_NotImplemented;
  if (!is_small_int(b) && !type_of(b)->nb_index)
    raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(b));
  intptr_t n = repeat_count(b);
  ByteArrayObject* s = BA(a);
  intptr_t len = s->size;
  if (n <= 0 || len == 0) {
    bytearray_resize(s, 0);
    return a;
  }
  if (n > INTPTR_MAX / 4 / len) raise_memory_error();
  std::string tmp(s->data, len);
  bytearray_resize(s, len * n);
  fill_repeat(s->data, tmp.data(), len, len * n);
  return a;
}

// Replaces a[lo:hi] by the bytes src (which may alias a).
static void replace_range(ByteArrayObject* a, intptr_t lo, intptr_t hi, const char* src, intptr_t m) {
  std::string tmp(src, m);
  intptr_t n = a->size, tail = n - hi;
  intptr_t newn = n - (hi - lo) + m;
  if (newn > n) bytearray_resize(a, newn);
  std::memmove(a->data + lo + m, a->data + hi, tail);
  if (m) std::memcpy(a->data + lo, tmp.data(), m);
  if (newn < n) bytearray_resize(a, newn);
}

static void bytearray_ass_subscript(Object* self, Object* key, Object* value) {
  ByteArrayObject* a = BA(self);
  intptr_t i;
  if (index_key(self, key, &i)) {
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) raise_index_error("bytearray index out of range");
    if (!value) {
      replace_range(a, i, i + 1, "", 0);
      return;
    }
    a->data[i] = static_cast<char>(byte_item(value, "byte must be in range(0, 256)"));
    return;
  }
  intptr_t start, stop, step;
  intptr_t count = slice_unpack(static_cast<SliceObject*>(key), a->size, &start, &stop, &step);
  std::string src;
  if (value) {
    if (is_buffer(value)) {
      src.assign(D(value), N(value));
    } else if (is_str(value) || (!is_small_int(value) && !type_of(value)->tp_iter &&
                                 !is_list(value) && !is_tuple(value))) {
      raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else if (is_small_int(value) || type_of(value)->nb_index) {
      raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else {
      src = bytes_of_iterable(value, "bytearray");
    }
  }
  if (step == 1) {
    if (stop < start) stop = start;
    replace_range(a, start, stop, src.data(), static_cast<intptr_t>(src.size()));
    return;
  }
  if (!value) {
    // delete an extended slice
    if (count <= 0) return;
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    intptr_t w = start;
    for (intptr_t r = start, k = 0; r < a->size; ++r) {
      if (k < count && r == start + k * step) {
        ++k;
        continue;
      }
      a->data[w++] = a->data[r];
    }
    bytearray_resize(a, w);
    return;
  }
  if (static_cast<intptr_t>(src.size()) != count)
    raise_value_error("attempt to assign bytes of size %zd to extended slice of size %zd",
                      static_cast<ssize_t>(src.size()), static_cast<ssize_t>(count));
  for (intptr_t k = 0; k < count; ++k) a->data[start + k * step] = src[k];
}

// ---- iterators ----------------------------------------------------------------------------------

namespace {
struct BytesIterObject : Object {
  Object* seq;  // nullptr when exhausted
  intptr_t index;
};
}  // namespace

static Object* bytes_iter(Object* self) {
  auto* it = alloc_object<BytesIterObject>(is_bytes(self) ? &BytesIter_Type : &ByteArrayIter_Type);
  it->seq = self;
  it->index = 0;
  return it;
}

static Object* bytesiter_next(Object* self) {
  auto* it = static_cast<BytesIterObject*>(self);
  if (!it->seq) return nullptr;
  if (it->index < N(it->seq)) return make_small_int(UD(it->seq)[it->index++]);
  it->seq = nullptr;
  return nullptr;
}

static Object* bytesiter_iter(Object* self) { return self; }

static Object* bytesiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  no_args("__length_hint__", nargs, kwnames);
  auto* it = static_cast<BytesIterObject*>(self);
  if (!it->seq) return make_small_int(0);
  intptr_t n = N(it->seq) - it->index;
  return make_small_int(n < 0 ? 0 : n);
}

static const MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- shared methods ---------------------------------------------------------------------------------

static Object* bytes_decode(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"encoding", "errors"};
  Object* out[2];
  unpack_keywords("decode", args, nargs, kwnames, names, 2, 0, out);
  const char* encoding = "utf-8";
  const char* errors = "strict";
  if (out[0]) {
    if (!is_str(out[0]))
      raise_type_error("decode() argument 'encoding' must be str, not %s", type_name(out[0]));
    encoding = str_utf8(static_cast<StrObject*>(out[0]));
  }
  if (out[1]) {
    if (!is_str(out[1]))
      raise_type_error("decode() argument 'errors' must be str, not %s", type_name(out[1]));
    errors = str_utf8(static_cast<StrObject*>(out[1]));
  }
  return str_decode(D(self), N(self), encoding, errors);
}

static Object* bytes_hex(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"sep", "bytes_per_sep"};
  Object* out[2];
  unpack_keywords("hex", args, nargs, kwnames, names, 2, 0, out);
  int sep = -1;
  if (out[0]) {
    Object* s = out[0];
    Buf b;
    if (is_str(s)) {
      auto* so = static_cast<StrObject*>(s);
      if (so->length != 1) raise_value_error("sep must be length 1.");
      uint32_t c = str_char(so, 0);
      if (c > 127) raise_value_error("sep must be ASCII.");
      sep = static_cast<int>(c);
    } else if (get_buffer(s, &b.p, &b.n)) {
      if (b.n != 1) raise_value_error("sep must be length 1.");
      sep = static_cast<uint8_t>(b.p[0]);
      if (sep > 127) raise_value_error("sep must be ASCII.");
    } else {
      raise_type_error("object of type '%s' has no len()", type_name(s));
    }
  }
  intptr_t group = out[1] ? int_arg(out[1]) : 1;
  static const char hexd[] = "0123456789abcdef";
  intptr_t n = N(self);
  const uint8_t* p = UD(self);
  intptr_t g = group < 0 ? -group : group;
  intptr_t nseps = (sep < 0 || g == 0 || n == 0) ? 0 : (n - 1) / g;
  StrObject* r = str_new_uninit(n * 2 + nseps, 1, true);
  auto* d = static_cast<uint8_t*>(r->data);
  intptr_t k = 0;
  for (intptr_t i = 0; i < n; ++i) {
    // group > 0: separators counted from the right; < 0: from the left
    if (nseps && i > 0 && (group > 0 ? (n - i) % g == 0 : i % g == 0)) d[k++] = static_cast<uint8_t>(sep);
    d[k++] = hexd[p[i] >> 4];
    d[k++] = hexd[p[i] & 15];
  }
  return r;
}

static Object* bytes_fromhex(Object* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  bool ba = type != reinterpret_cast<Object*>(&Bytes_Type) &&
            is_subtype(reinterpret_cast<TypeObject*>(type), &ByteArray_Type);
  one_arg(ba ? "bytearray.fromhex" : "bytes.fromhex", nargs, kwnames);
  if (!is_str(args[0])) raise_type_error("fromhex() argument must be str, not %s", type_name(args[0]));
  auto* s = static_cast<StrObject*>(args[0]);
  std::string buf;
  intptr_t i = 0, n = s->length;
  auto hexval = [](uint32_t c) -> int {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
  };
  while (i < n) {
    uint32_t c = str_char(s, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      ++i;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0)
      raise_value_error("non-hexadecimal number found in fromhex() arg at position %zd", static_cast<ssize_t>(i));
    int lo = i + 1 < n ? hexval(str_char(s, i + 1)) : -1;
    if (lo < 0)
      raise_value_error("non-hexadecimal number found in fromhex() arg at position %zd", static_cast<ssize_t>(i + 1));
    buf += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  if (type == reinterpret_cast<Object*>(&Bytes_Type)) return bytes_from(buf.data(), buf.size());
  if (type == reinterpret_cast<Object*>(&ByteArray_Type)) return bytearray_from(buf.data(), buf.size());
  Object* r = ba ? static_cast<Object*>(bytearray_from(buf.data(), buf.size())) : bytes_from(buf.data(), buf.size());
  return call1(type, r);
}

// find/rfind/index/rindex/count: (sub[, start[, end]]) with sub bytes-like or an int.
static void parse_sub(Object* self, const char* name, Object* const* args, size_t nargs,
                      TupleObject* kwnames, Buf* sub, char* byte, intptr_t* start, intptr_t* end) {
  varargs(Qual(self, name), name, nargs, kwnames, 1, 3);
  Object* x = args[0];
  if (get_buffer(x, &sub->p, &sub->n)) {
    // bytes-like
  } else if (is_small_int(x) || type_of(x)->nb_index) {
    *byte = static_cast<char>(byte_value(x));
    sub->p = byte;
    sub->n = 1;
  } else {
    raise_type_error("argument should be integer or bytes-like object, not '%s'", type_name(x));
  }
  *start = 0;
  *end = INTPTR_MAX;
  if (nargs > 1) slice_index(args[1], start);
  if (nargs > 2) slice_index(args[2], end);
  adjust_indices(start, end, N(self));
}

#define BYTES_FIND(fn, name, reverse, raise)                                                     \
  static Object* bytes_##fn(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {  \
    Buf sb;                                                                                      \
    intptr_t start, end;                                                                         \
    char byte;                                                                                   \
    parse_sub(self, name, args, nargs, kw, &sb, &byte, &start, &end);                            \
    intptr_t r = reverse ? rfind_bytes(D(self), start, end, sb.p, sb.n)                          \
                         : find_bytes(D(self), start, end, sb.p, sb.n);                          \
    if (raise && r < 0) raise_value_error("subsection not found");                               \
    return make_small_int(r);                                                                    \
  }
BYTES_FIND(find, "find", false, false)
BYTES_FIND(rfind, "rfind", true, false)
BYTES_FIND(index, "index", false, true)
BYTES_FIND(rindex, "rindex", true, true)
#undef BYTES_FIND

static Object* bytes_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Buf sb;
  intptr_t start, end;
  char byte;
  parse_sub(self, "count", args, nargs, kwnames, &sb, &byte, &start, &end);
  if (end - start < sb.n) return make_small_int(0);
  if (sb.n == 0) return make_small_int(end - start + 1);
  intptr_t count = 0;
  for (;;) {
    intptr_t i = find_bytes(D(self), start, end, sb.p, sb.n);
    if (i < 0) break;
    ++count;
    start = i + sb.n;
  }
  return make_small_int(count);
}

static bool tailmatch(Object* self, Buf sb, intptr_t start, intptr_t end, bool at_end) {
  adjust_indices(&start, &end, N(self));
  end -= sb.n;
  if (end < start) return false;
  intptr_t off = at_end ? end : start;
  return std::memcmp(D(self) + off, sb.p, sb.n) == 0;
}

static Object* starts_ends(const char* name, Object* self, Object* const* args, size_t nargs,
                           TupleObject* kwnames, bool at_end) {
  varargs(Qual(self, name), name, nargs, kwnames, 1, 3);
  intptr_t start = 0, end = INTPTR_MAX;
  if (nargs > 1) slice_index(args[1], &start);
  if (nargs > 2) slice_index(args[2], &end);
  Object* x = args[0];
  if (is_tuple(x)) {
    for (intptr_t i = 0; i < tuple_size(x); ++i)
      if (tailmatch(self, need_buffer(tuple_item(x, i)), start, end, at_end)) return Py_True;
    return Py_False;
  }
  Buf sb;
  if (!get_buffer(x, &sb.p, &sb.n))
    raise_type_error("%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(x));
  return py_bool(tailmatch(self, sb, start, end, at_end));
}

static Object* bytes_startswith(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return starts_ends("startswith", self, args, nargs, kw, false);
}
static Object* bytes_endswith(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return starts_ends("endswith", self, args, nargs, kw, true);
}

static void reverse_list(ListObject* l) {
  for (intptr_t a = 0, b = l->size - 1; a < b; ++a, --b) {
    Object* t = l->items[a];
    l->items[a] = l->items[b];
    l->items[b] = t;
  }
}

static Object* do_split(const char* name, Object* self, Object* const* args, size_t nargs,
                        TupleObject* kwnames, bool right) {
  static const char* const names[] = {"sep", "maxsplit"};
  Object* out[2];
  unpack_keywords(name, args, nargs, kwnames, names, 2, 0, out);
  bool has_sep = out[0] && out[0] != Py_None;
  Buf sep = has_sep ? need_buffer(out[0]) : Buf{nullptr, 0};
  intptr_t maxsplit = out[1] ? int_arg(out[1]) : -1;
  if (maxsplit < 0) maxsplit = INTPTR_MAX;
  const uint8_t* p = UD(self);
  intptr_t n = N(self);
  ListObject* res = list_new(0);
  if (!has_sep) {
    if (!right) {
      intptr_t i = 0;
      while (maxsplit-- > 0) {
        while (i < n && is_space(p[i])) ++i;
        if (i == n) break;
        intptr_t j = i;
        while (i < n && !is_space(p[i])) ++i;
        list_append(res, sub(self, j, i));
      }
      if (i < n) {
        while (i < n && is_space(p[i])) ++i;
        if (i != n) list_append(res, sub(self, i, n));
      }
    } else {
      intptr_t i = n - 1;
      while (maxsplit-- > 0) {
        while (i >= 0 && is_space(p[i])) --i;
        if (i < 0) break;
        intptr_t j = i;
        while (i >= 0 && !is_space(p[i])) --i;
        list_append(res, sub(self, i + 1, j + 1));
      }
      if (i >= 0) {
        while (i >= 0 && is_space(p[i])) --i;
        if (i >= 0) list_append(res, sub(self, 0, i + 1));
      }
      reverse_list(res);
    }
    return res;
  }
  std::string sepcopy(sep.p, sep.n);  // self may be the separator
  if (sep.n == 0) raise_value_error("empty separator");
  if (!right) {
    intptr_t i = 0;
    while (maxsplit-- > 0) {
      intptr_t j = find_bytes(D(self), i, n, sepcopy.data(), sep.n);
      if (j < 0) break;
      list_append(res, sub(self, i, j));
      i = j + sep.n;
    }
    list_append(res, sub(self, i, n));
  } else {
    intptr_t j = n;
    while (maxsplit-- > 0) {
      intptr_t pos = rfind_bytes(D(self), 0, j, sepcopy.data(), sep.n);
      if (pos < 0) break;
      list_append(res, sub(self, pos + sep.n, j));
      j = pos;
    }
    list_append(res, sub(self, 0, j));
    reverse_list(res);
  }
  return res;
}

static Object* bytes_split(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_split("split", self, args, nargs, kw, false);
}
static Object* bytes_rsplit(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_split("rsplit", self, args, nargs, kw, true);
}

static Object* bytes_splitlines(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"keepends"};
  Object* out[1];
  unpack_keywords("splitlines", args, nargs, kwnames, names, 1, 0, out);
  bool keepends = out[0] ? int_arg(out[0]) != 0 : false;
  const uint8_t* p = UD(self);
  intptr_t n = N(self), i = 0;
  ListObject* res = list_new(0);
  while (i < n) {
    intptr_t j = i;
    while (i < n && p[i] != '\n' && p[i] != '\r') ++i;
    intptr_t eol = i;
    if (i < n) {
      if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') i += 2;
      else ++i;
      if (keepends) eol = i;
    }
    list_append(res, sub(self, j, eol));
  }
  return res;
}

static Object* bytes_join(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  one_arg(Qual(self, "join"), nargs, kwnames);
  ListObject* items = sequence_fast(args[0], "can only join an iterable");
  intptr_t seplen = N(self);
  intptr_t total = 0;
  for (intptr_t i = 0; i < items->size; ++i) {
    Object* it = items->items[i];
    const char* p;
    intptr_t n;
    if (!get_buffer(it, &p, &n))
      raise_type_error("sequence item %zd: expected a bytes-like object, %s found",
                       static_cast<ssize_t>(i), type_name(it));
    total += n;
    if (i > 0) total += seplen;
  }
  if (is_bytes(self) && items->size == 1 && items->items[0]->ob_type == &Bytes_Type) return items->items[0];
  std::string buf;
  buf.reserve(total);
  for (intptr_t i = 0; i < items->size; ++i) {
    if (i > 0) buf.append(D(self), seplen);
    const char* p;
    intptr_t n;
    get_buffer(items->items[i], &p, &n);
    buf.append(p, n);
  }
  return like(self, buf.data(), buf.size());
}

static Object* do_strip(const char* name, Object* self, Object* const* args, size_t nargs,
                        TupleObject* kwnames, int where) {
  check_no_kwargs(Qual(self, name), kwnames);
  check_nargs(name, nargs, 0, 1);
  bool has_chars = nargs == 1 && args[0] != Py_None;
  Buf chars = has_chars ? need_buffer(args[0]) : Buf{nullptr, 0};
  const uint8_t* p = UD(self);
  auto strip = [&](uint8_t c) {
    return has_chars ? std::memchr(chars.p, c, chars.n) != nullptr : is_space(c);
  };
  intptr_t i = 0, j = N(self);
  if (where & 1)
    while (i < j && strip(p[i])) ++i;
  if (where & 2)
    while (j > i && strip(p[j - 1])) --j;
  return sub(self, i, j);
}

static Object* bytes_strip(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_strip("strip", self, args, nargs, kw, 3);
}
static Object* bytes_lstrip(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_strip("lstrip", self, args, nargs, kw, 1);
}
static Object* bytes_rstrip(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_strip("rstrip", self, args, nargs, kw, 2);
}

static Object* bytes_replace(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs(Qual(self, "replace"), kwnames);
  check_nargs("replace", nargs, 2, 3);
  Buf from = need_buffer(args[0]);
  Buf to = need_buffer(args[1]);
  intptr_t maxcount = nargs > 2 ? int_arg(args[2]) : -1;
  if (maxcount < 0) maxcount = INTPTR_MAX;
  std::string f(from.p, from.n), t(to.p, to.n);
  const char* s = D(self);
  intptr_t n = N(self), m = from.n;
  std::string out;
  intptr_t i = 0, done = 0;
  if (m == 0) {
    while (done < maxcount && i <= n) {
      out += t;
      ++done;
      if (i < n) out += s[i];
      ++i;
    }
    if (i < n) out.append(s + i, n - i);
  } else {
    while (done < maxcount) {
      intptr_t j = find_bytes(s, i, n, f.data(), m);
      if (j < 0) break;
      out.append(s + i, j - i);
      out += t;
      i = j + m;
      ++done;
    }
    out.append(s + i, n - i);
  }
  if (done == 0) return same(self);
  return like(self, out.data(), out.size());
}

static Object* do_partition(const char* name, Object* self, Object* const* args, size_t nargs,
                            TupleObject* kwnames, bool right) {
  one_arg(Qual(self, name), nargs, kwnames);
  Buf sep = need_buffer(args[0]);
  intptr_t m = sep.n, n = N(self);
  if (m == 0) raise_value_error("empty separator");
  std::string sepcopy(sep.p, sep.n);
  intptr_t i = right ? rfind_bytes(D(self), 0, n, sepcopy.data(), m) : find_bytes(D(self), 0, n, sepcopy.data(), m);
  if (i < 0) {
    Object* whole = same(self);
    return right ? tuple_pack({like(self, "", 0), like(self, "", 0), whole})
                 : tuple_pack({whole, like(self, "", 0), like(self, "", 0)});
  }
  Object* sepobj = is_bytes(self) && is_bytes(args[0]) ? static_cast<Object*>(bytes_exact(args[0]))
                                                      : like(self, sepcopy.data(), m);
  return tuple_pack({sub(self, 0, i), sepobj, sub(self, i + m, n)});
}

static Object* bytes_partition(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_partition("partition", self, args, nargs, kw, false);
}
static Object* bytes_rpartition(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return do_partition("rpartition", self, args, nargs, kw, true);
}

enum class BCase { Upper, Lower, Swap, Title, Capitalize };

static Object* bytes_case(Object* self, BCase op) {
  intptr_t n = N(self);
  const uint8_t* p = UD(self);
  std::string r(n, '\0');
  bool prev_cased = false;
  for (intptr_t i = 0; i < n; ++i) {
    uint8_t c = p[i], o = c;
    switch (op) {
      case BCase::Upper: o = to_upper(c); break;
      case BCase::Lower: o = to_lower(c); break;
      case BCase::Swap: o = is_upper(c) ? to_lower(c) : to_upper(c); break;
      case BCase::Capitalize: o = i == 0 ? to_upper(c) : to_lower(c); break;
      case BCase::Title:
        o = prev_cased ? to_lower(c) : to_upper(c);
        prev_cased = is_alpha(c);
        break;
    }
    r[i] = static_cast<char>(o);
  }
  return like(self, r.data(), n);
}

#define BYTES_CASE(fn, op)                                                                    \
  static Object* bytes_##fn(Object* self, Object* const*, size_t nargs, TupleObject* kw) {    \
    no_args(Qual(self, #fn), nargs, kw);                                                      \
    return bytes_case(self, op);                                                              \
  }
BYTES_CASE(upper, BCase::Upper)
BYTES_CASE(lower, BCase::Lower)
BYTES_CASE(swapcase, BCase::Swap)
BYTES_CASE(title, BCase::Title)
BYTES_CASE(capitalize, BCase::Capitalize)
#undef BYTES_CASE

template <class P>
static Object* all_bytes(Object* self, P pred) {
  intptr_t n = N(self);
  if (n == 0) return Py_False;
  const uint8_t* p = UD(self);
  for (intptr_t i = 0; i < n; ++i)
    if (!pred(p[i])) return Py_False;
  return Py_True;
}

#define BYTES_PRED(fn, pred)                                                                  \
  static Object* bytes_##fn(Object* self, Object* const*, size_t nargs, TupleObject* kw) {    \
    no_args(Qual(self, #fn), nargs, kw);                                                      \
    return all_bytes(self, [](uint8_t c) { return pred; });                                   \
  }
BYTES_PRED(isalpha, is_alpha(c))
BYTES_PRED(isdigit, is_digit(c))
BYTES_PRED(isalnum, is_alpha(c) || is_digit(c))
BYTES_PRED(isspace, is_space(c))
#undef BYTES_PRED

static Object* bytes_isascii(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args(Qual(self, "isascii"), nargs, kw);
  const uint8_t* p = UD(self);
  for (intptr_t i = 0; i < N(self); ++i)
    if (p[i] & 0x80) return Py_False;
  return Py_True;
}

static Object* bytes_isupper(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args(Qual(self, "isupper"), nargs, kw);
  bool cased = false;
  const uint8_t* p = UD(self);
  for (intptr_t i = 0; i < N(self); ++i) {
    if (is_lower(p[i])) return Py_False;
    if (is_upper(p[i])) cased = true;
  }
  return py_bool(cased);
}

static Object* bytes_islower(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args(Qual(self, "islower"), nargs, kw);
  bool cased = false;
  const uint8_t* p = UD(self);
  for (intptr_t i = 0; i < N(self); ++i) {
    if (is_upper(p[i])) return Py_False;
    if (is_lower(p[i])) cased = true;
  }
  return py_bool(cased);
}

static Object* bytes_istitle(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args(Qual(self, "istitle"), nargs, kw);
  bool cased = false, prev = false;
  const uint8_t* p = UD(self);
  for (intptr_t i = 0; i < N(self); ++i) {
    if (is_upper(p[i])) {
      if (prev) return Py_False;
      prev = cased = true;
    } else if (is_lower(p[i])) {
      if (!prev) return Py_False;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return py_bool(cased);
}

static Object* affix(const char* name, Object* self, Object* const* args, size_t nargs,
                     TupleObject* kwnames, bool suffix) {
  one_arg(Qual(self, name), nargs, kwnames);
  Buf a = need_buffer(args[0]);
  intptr_t n = N(self), m = a.n;
  if (m > 0 && m <= n && std::memcmp(D(self) + (suffix ? n - m : 0), a.p, m) == 0)
    return suffix ? sub(self, 0, n - m) : sub(self, m, n);
  return same(self);
}

static Object* bytes_removeprefix(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return affix("removeprefix", self, args, nargs, kw, false);
}
static Object* bytes_removesuffix(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return affix("removesuffix", self, args, nargs, kw, true);
}

static Object* justify(const char* name, Object* self, Object* const* args, size_t nargs,
                       TupleObject* kwnames, int how) {
  check_no_kwargs(Qual(self, name), kwnames);
  check_nargs(name, nargs, 1, 2);
  intptr_t width = int_arg(args[0]);
  char fill = ' ';
  if (nargs > 1) {
    Object* f = args[1];
    Buf fb;
    if (!get_buffer(f, &fb.p, &fb.n) || fb.n != 1)
      raise_type_error("%s() argument 2 must be a byte string of length 1, not %s", name, type_name(f));
    fill = fb.p[0];
  }
  intptr_t n = N(self);
  if (n >= width) return same(self);
  intptr_t marg = width - n;
  intptr_t left = how == 0 ? 0 : how == 1 ? marg : marg / 2 + (marg & width & 1);
  std::string r(width, fill);
  std::memcpy(r.data() + left, D(self), n);
  return like(self, r.data(), width);
}

static Object* bytes_ljust(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return justify("ljust", self, args, nargs, kw, 0);
}
static Object* bytes_rjust(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return justify("rjust", self, args, nargs, kw, 1);
}
static Object* bytes_center(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return justify("center", self, args, nargs, kw, 2);
}

static Object* bytes_zfill(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  one_arg(Qual(self, "zfill"), nargs, kw);
  intptr_t width = int_arg(args[0]);
  intptr_t n = N(self);
  if (n >= width) return same(self);
  intptr_t fill = width - n;
  std::string r(width, '0');
  std::memcpy(r.data() + fill, D(self), n);
  if (r[fill] == '+' || r[fill] == '-') {
    r[0] = r[fill];
    r[fill] = '0';
  }
  return like(self, r.data(), width);
}

static Object* bytes_expandtabs(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"tabsize"};
  Object* out[1];
  unpack_keywords("expandtabs", args, nargs, kw, names, 1, 0, out);
  intptr_t tabsize = 8;
  if (out[0]) {
    Object* v = number_index(out[0]);
    if (!int_to_intptr(v, &tabsize) || tabsize > INT32_MAX || tabsize < INT32_MIN)
      raise_overflow_error("Python int too large to convert to C int");
  }
  const char* p = D(self);
  intptr_t n = N(self);
  std::string r;
  intptr_t col = 0;
  for (intptr_t i = 0; i < n; ++i) {
    char c = p[i];
    if (c == '\t') {
      if (tabsize > 0) {
        intptr_t inc = tabsize - (col % tabsize);
        if (static_cast<intptr_t>(r.size()) > INTPTR_MAX / 8 - inc) raise_overflow_error("result too long");
        r.append(static_cast<size_t>(inc), ' ');
        col += inc;
      }
    } else {
      r += c;
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return like(self, r.data(), static_cast<intptr_t>(r.size()));
}

static Object* bytes_maketrans(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("bytes.maketrans", kw);
  check_nargs("maketrans", nargs, 2, 2);
  Buf a = need_buffer(args[0]);
  Buf b = need_buffer(args[1]);
  if (a.n != b.n) raise_value_error("maketrans arguments must have same length");
  BytesObject* r = bytes_new_uninit(256);
  for (int i = 0; i < 256; ++i) r->data[i] = static_cast<char>(i);
  for (intptr_t i = 0; i < a.n; ++i) r->data[static_cast<uint8_t>(a.p[i])] = b.p[i];
  return r;
}

static Object* bytes_translate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"table", "delete"};
  Object* out[2];
  unpack_keywords("translate", args, nargs, kwnames, names, 2, 1, out);
  std::string table;
  if (out[0] != Py_None) {
    Buf t = need_buffer(out[0]);
    if (t.n != 256) raise_value_error("translation table must be 256 characters long");
    table.assign(t.p, 256);
  }
  bool deleted[256] = {};
  if (out[1]) {
    Buf del = need_buffer(out[1]);
    for (intptr_t i = 0; i < del.n; ++i) deleted[static_cast<uint8_t>(del.p[i])] = true;
  }
  std::string o;
  const uint8_t* p = UD(self);
  for (intptr_t i = 0; i < N(self); ++i) {
    if (deleted[p[i]]) continue;
    o += table.empty() ? static_cast<char>(p[i]) : table[p[i]];
  }
  return like(self, o.data(), o.size());
}

// ---- bytes-only methods ----------------------------------------------------------------------------

static Object* bytes_getnewargs(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args("bytes.__getnewargs__", nargs, kw);
  return tuple_pack({bytes_exact(self)});
}

static Object* bytes_bytes(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args("bytes.__bytes__", nargs, kw);
  return bytes_exact(self);
}

// ---- bytearray-only methods ------------------------------------------------------------------------

static Object* ba_append(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  one_arg("bytearray.append", nargs, kw);
  uint8_t c = byte_item(args[0], "byte must be in range(0, 256)");
  ByteArrayObject* a = BA(self);
  bytearray_resize(a, a->size + 1);
  a->data[a->size - 1] = static_cast<char>(c);
  return Py_None;
}

static Object* ba_extend(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  one_arg("bytearray.extend", nargs, kw);
  Object* x = args[0];
  std::string src;
  if (is_buffer(x)) {
    src.assign(D(x), N(x));
  } else {
    if (is_small_int(x) || (!type_of(x)->tp_iter && !is_str(x)))
      raise_type_error("can't extend bytearray with %s", type_name(x));
    Object* it = get_iter(x);
    while (Object* v = iter_next(it)) src += static_cast<char>(byte_item(v, "byte must be in range(0, 256)"));
  }
  ByteArrayObject* a = BA(self);
  intptr_t n = a->size;
  bytearray_resize(a, n + static_cast<intptr_t>(src.size()));
  std::memcpy(a->data + n, src.data(), src.size());
  return Py_None;
}

static Object* ba_pop(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("bytearray.pop", kw);
  check_nargs("pop", nargs, 0, 1);
  ByteArrayObject* a = BA(self);
  intptr_t i = nargs ? int_arg(args[0]) : -1;
  if (a->size == 0) raise_index_error("pop from empty bytearray");
  if (i < 0) i += a->size;
  if (i < 0 || i >= a->size) raise_index_error("pop index out of range");
  uint8_t c = static_cast<uint8_t>(a->data[i]);
  replace_range(a, i, i + 1, "", 0);
  return make_small_int(c);
}

static Object* ba_insert(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("bytearray.insert", kw);
  check_nargs("insert", nargs, 2, 2);
  ByteArrayObject* a = BA(self);
  intptr_t i = int_arg(args[0]);
  char c = static_cast<char>(byte_item(args[1], "byte must be in range(0, 256)"));
  if (i < 0) {
    i += a->size;
    if (i < 0) i = 0;
  }
  if (i > a->size) i = a->size;
  replace_range(a, i, i, &c, 1);
  return Py_None;
}

static Object* ba_remove(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  one_arg("bytearray.remove", nargs, kw);
  int c = byte_item(args[0], "byte must be in range(0, 256)");
  ByteArrayObject* a = BA(self);
  const void* p = std::memchr(a->data, c, a->size);
  if (!p) raise_value_error("value not found in bytearray");
  intptr_t i = static_cast<const char*>(p) - a->data;
  replace_range(a, i, i + 1, "", 0);
  return Py_None;
}

static Object* ba_clear(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args("bytearray.clear", nargs, kw);
  bytearray_resize(BA(self), 0);
  return Py_None;
}

static Object* ba_copy(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args("bytearray.copy", nargs, kw);
  return bytearray_from(D(self), N(self));
}

static Object* ba_reverse(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  no_args("bytearray.reverse", nargs, kw);
  ByteArrayObject* a = BA(self);
  for (intptr_t i = 0, j = a->size - 1; i < j; ++i, --j) {
    char t = a->data[i];
    a->data[i] = a->data[j];
    a->data[j] = t;
  }
  return Py_None;
}

#define SHARED_METHODS                                                                                      \
  {"capitalize", bytes_capitalize, METH_DEFAULT, nullptr},                                                  \
  {"center", bytes_center, METH_DEFAULT, nullptr},                                                          \
  {"count", bytes_count, METH_DEFAULT, nullptr},                                                            \
  {"decode", bytes_decode, METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},       \
  {"endswith", bytes_endswith, METH_DEFAULT, nullptr},                                                      \
  {"expandtabs", bytes_expandtabs, METH_DEFAULT, nullptr},                                                  \
  {"find", bytes_find, METH_DEFAULT, nullptr},                                                              \
  {"fromhex", bytes_fromhex, METH_CLASS, "Create an object from a string of hexadecimal numbers."},         \
  {"hex", bytes_hex, METH_DEFAULT, "Create a string of hexadecimal numbers."},                              \
  {"index", bytes_index, METH_DEFAULT, nullptr},                                                            \
  {"isalnum", bytes_isalnum, METH_DEFAULT, nullptr},                                                        \
  {"isalpha", bytes_isalpha, METH_DEFAULT, nullptr},                                                        \
  {"isascii", bytes_isascii, METH_DEFAULT, nullptr},                                                        \
  {"isdigit", bytes_isdigit, METH_DEFAULT, nullptr},                                                        \
  {"islower", bytes_islower, METH_DEFAULT, nullptr},                                                        \
  {"isspace", bytes_isspace, METH_DEFAULT, nullptr},                                                        \
  {"istitle", bytes_istitle, METH_DEFAULT, nullptr},                                                        \
  {"isupper", bytes_isupper, METH_DEFAULT, nullptr},                                                        \
  {"join", bytes_join, METH_DEFAULT, "Concatenate any number of bytes objects."},                           \
  {"ljust", bytes_ljust, METH_DEFAULT, nullptr},                                                            \
  {"lower", bytes_lower, METH_DEFAULT, nullptr},                                                            \
  {"lstrip", bytes_lstrip, METH_DEFAULT, nullptr},                                                          \
  {"maketrans", bytes_maketrans, METH_STATIC, nullptr},                                                     \
  {"partition", bytes_partition, METH_DEFAULT, nullptr},                                                    \
  {"removeprefix", bytes_removeprefix, METH_DEFAULT, nullptr},                                              \
  {"removesuffix", bytes_removesuffix, METH_DEFAULT, nullptr},                                              \
  {"replace", bytes_replace, METH_DEFAULT, nullptr},                                                        \
  {"rfind", bytes_rfind, METH_DEFAULT, nullptr},                                                            \
  {"rindex", bytes_rindex, METH_DEFAULT, nullptr},                                                          \
  {"rjust", bytes_rjust, METH_DEFAULT, nullptr},                                                            \
  {"rpartition", bytes_rpartition, METH_DEFAULT, nullptr},                                                  \
  {"rsplit", bytes_rsplit, METH_DEFAULT, nullptr},                                                          \
  {"rstrip", bytes_rstrip, METH_DEFAULT, nullptr},                                                          \
  {"split", bytes_split, METH_DEFAULT, nullptr},                                                            \
  {"splitlines", bytes_splitlines, METH_DEFAULT, nullptr},                                                  \
  {"startswith", bytes_startswith, METH_DEFAULT, nullptr},                                                  \
  {"strip", bytes_strip, METH_DEFAULT, nullptr},                                                            \
  {"swapcase", bytes_swapcase, METH_DEFAULT, nullptr},                                                      \
  {"title", bytes_title, METH_DEFAULT, nullptr},                                                            \
  {"translate", bytes_translate, METH_DEFAULT, nullptr},                                                    \
  {"upper", bytes_upper, METH_DEFAULT, nullptr},                                                            \
  {"zfill", bytes_zfill, METH_DEFAULT, nullptr},

static const MethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs, METH_DEFAULT, nullptr},
    {"__bytes__", bytes_bytes, METH_DEFAULT, "Convert this value to exact type bytes."},
    SHARED_METHODS
    {nullptr, nullptr, 0, nullptr},
};

static const MethodDef bytearray_methods[] = {
    {"append", ba_append, METH_DEFAULT, "Append a single item to the end of the bytearray."},
    {"clear", ba_clear, METH_DEFAULT, "Remove all items from the bytearray."},
    {"copy", ba_copy, METH_DEFAULT, "Return a copy of B."},
    {"extend", ba_extend, METH_DEFAULT, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, METH_DEFAULT, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, METH_DEFAULT, "Remove and return a single item from B."},
    {"remove", ba_remove, METH_DEFAULT, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", ba_reverse, METH_DEFAULT, "Reverse the order of the values in B in place."},
    SHARED_METHODS
    {nullptr, nullptr, 0, nullptr},
};
#undef SHARED_METHODS

void init_bytes_type() {
  init_memoryview_type();
  Bytes_Type.tp_name = "bytes";
  Bytes_Type.tp_basicsize = sizeof(BytesObject);
  Bytes_Type.tp_itemsize = 1;
  Bytes_Type.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS | TPFLAGS_IMMUTABLETYPE;
  Bytes_Type.tp_doc =
      "bytes(iterable_of_ints) -> bytes\n"
      "bytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
      "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
      "bytes() -> empty bytes object\n"
      "\n"
      "Construct an immutable array of bytes from:\n"
      "  - an iterable yielding integers in range(256)\n"
      "  - a text string encoded using the specified encoding\n"
      "  - any object implementing the buffer API.\n"
      "  - an integer";
  Bytes_Type.tp_methods = bytes_methods;
  Bytes_Type.tp_repr = bytes_repr;
  Bytes_Type.tp_str = bytes_repr;
  Bytes_Type.tp_hash = bytes_hash;
  Bytes_Type.tp_richcompare = bytes_richcompare;
  Bytes_Type.tp_iter = bytes_iter;
  Bytes_Type.tp_new = bytes_new;
  Bytes_Type.mp_length = bytes_length;
  Bytes_Type.mp_subscript = bytes_subscript;
  Bytes_Type.sq_contains = bytes_contains;
  Bytes_Type.nb_add = bytes_add;
  Bytes_Type.nb_multiply = bytes_multiply;
  Bytes_Type.nb_remainder = bytes_mod;

  BytesIter_Type.tp_name = "bytes_iterator";
  BytesIter_Type.tp_basicsize = sizeof(BytesIterObject);
  BytesIter_Type.tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  BytesIter_Type.tp_iter = bytesiter_iter;
  BytesIter_Type.tp_iternext = bytesiter_next;
  BytesIter_Type.tp_methods = bytesiter_methods;

  ByteArray_Type.tp_name = "bytearray";
  ByteArray_Type.tp_basicsize = sizeof(ByteArrayObject);
  ByteArray_Type.tp_flags = TPFLAGS_BASETYPE;
  ByteArray_Type.tp_doc =
      "bytearray(iterable_of_ints) -> bytearray\n"
      "bytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
      "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
      "bytearray() -> empty bytes array\n"
      "\n"
      "Construct a mutable bytearray object from:\n"
      "  - an iterable yielding integers in range(256)\n"
      "  - a text string encoded using the specified encoding\n"
      "  - a bytes or a buffer object\n"
      "  - any object implementing the buffer API.\n"
      "  - an integer";
  ByteArray_Type.tp_methods = bytearray_methods;
  ByteArray_Type.tp_repr = bytes_repr;
  ByteArray_Type.tp_str = bytes_repr;
  ByteArray_Type.tp_hash = g_hash_not_implemented;
  ByteArray_Type.tp_richcompare = bytes_richcompare;
  ByteArray_Type.tp_iter = bytes_iter;
  ByteArray_Type.tp_new = bytearray_new;
  ByteArray_Type.tp_init = bytearray_init;
  ByteArray_Type.mp_length = bytes_length;
  ByteArray_Type.mp_subscript = bytes_subscript;
  ByteArray_Type.mp_ass_subscript = bytearray_ass_subscript;
  ByteArray_Type.sq_contains = bytes_contains;
  ByteArray_Type.nb_add = bytes_add;
  ByteArray_Type.nb_multiply = bytes_multiply;
  ByteArray_Type.nb_remainder = bytes_mod;
  ByteArray_Type.nb_inplace_add = bytearray_inplace_add;
  ByteArray_Type.nb_inplace_multiply = bytearray_inplace_multiply;

  ByteArrayIter_Type = BytesIter_Type;
  ByteArrayIter_Type.tp_name = "bytearray_iterator";
}

}  // namespace slotpy
