// str: an immutable sequence of Unicode code points.
//
// Storage is one of two fixed widths so that indexing and len() are O(1) by code point:
// kind 1 (every code point < 256: one byte each, Latin-1) or kind 4 (uint32_t each). `data`
// holds `length` units plus a terminating zero unit. ASCII strings also serve as their own
// UTF-8; other strings cache their UTF-8 on first use. Lone surrogates are allowed (encoded
// as 3-byte sequences in the UTF-8, like CPython's "surrogatepass").
//
// Names used as attributes, globals and keywords are interned: one object per distinct text,
// so those lookups compare pointers (`intern()` / `intern_str()`).
//
// types: Str_Type StrIter_Type StrAsciiIter_Type
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace slotpy {

struct StrObject : Object {
  intptr_t length;  // in code points
  intptr_t hash;    // -1 until computed
  uint8_t kind;     // 1 or 4
  uint8_t ascii;    // all code points < 128
  uint8_t interned;
  uint8_t appendable;  // data lives in a growable StrBuf shared with other strs (strobject.cpp)
  void* data;
  const char* utf8;  // NUL-terminated; nullptr until computed (== data when ascii)
  intptr_t utf8_length;
};

inline uint32_t str_char(const StrObject* s, intptr_t i) {
  return s->kind == 1 ? static_cast<const uint8_t*>(s->data)[i]
                      : static_cast<const uint32_t*>(s->data)[i];
}

// Construction. UTF-8 input is "generalized" (surrogates allowed); malformed input is decoded
// as U+FFFD per bad byte.
StrObject* str_from_utf8(const char* s, size_t n);
StrObject* str_from_cstr(const char* s);
inline StrObject* str_from(std::string_view v) { return str_from_utf8(v.data(), v.size()); }
StrObject* str_from_latin1(const uint8_t* s, size_t n);
StrObject* str_from_ucs4(const uint32_t* s, size_t n);  // narrows to kind 1 when possible
StrObject* str_from_char(uint32_t cp);                 // cached for cp < 256
StrObject* str_new_uninit(intptr_t length, int kind, bool ascii);  // caller fills data
extern StrObject* Empty_Str;

// Access.
const char* str_utf8(StrObject* s, size_t* len = nullptr);  // NUL-terminated UTF-8
inline std::string_view str_view(StrObject* s) {
  size_t n;
  const char* p = str_utf8(s, &n);
  return {p, n};
}
intptr_t str_hash(StrObject* s);
// The hash of a Latin-1 text given as bytes (equal to str_hash of the same code points); bytes
// objects use it too, so b'abc' and 'abc' hash alike as in CPython.
intptr_t str_hash_bytes(const uint8_t* p, size_t n);
bool str_eq(StrObject* a, StrObject* b);     // content equality
int str_compare(StrObject* a, StrObject* b); // code-point order: -1, 0, 1
bool str_is_identifier(StrObject* s);        // str.isidentifier()
// Where a shared growable buffer keeps its text (a str's data may point there: gc_init
// registers it as a valid interior-pointer offset).
constexpr size_t str_buffer_data_offset() { return 16; }
bool str_eq_cstr(StrObject* a, const char* s);

// Interning.
StrObject* intern(const char* s);              // interned str for UTF-8 text
StrObject* intern_str(StrObject* s);           // the interned object equal to s
StrObject* intern_utf8(const char* s, size_t n);

// Operations used by the VM and other types.
StrObject* str_concat(StrObject* a, StrObject* b);
StrObject* str_substring(StrObject* s, intptr_t start, intptr_t end);  // [start, end) clamped
StrObject* str_repr(StrObject* s);  // repr() with CPython's quoting
// Joins pieces (each a str) with no separator; used by f-strings (BUILD_STRING).
StrObject* str_join_array(Object* const* items, size_t n);
// printf into a new str (UTF-8 format).
StrObject* str_format_c(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

// ---- additions used by the str/bytes implementation and other types -----------------------
extern TypeObject StrIter_Type;       // str_iterator
extern TypeObject StrAsciiIter_Type;  // str_ascii_iterator (the iterator of an ASCII str)

// Narrowing constructor from units of the given kind (1 or 4).
StrObject* str_from_kind(const void* data, int kind, size_t n);
// The exact-str value of s (s itself when exact; a copy for subclass instances).
StrObject* str_exact(StrObject* s);
// s * n (n <= 0: ""); OverflowError "repeated string is too long".
StrObject* str_repeat(StrObject* s, intptr_t n);
// Searching in s[start, end) (start/end already clamped to [0, length]): index or -1.
intptr_t str_find(StrObject* s, StrObject* sub, intptr_t start, intptr_t end);
intptr_t str_rfind(StrObject* s, StrObject* sub, intptr_t start, intptr_t end);
intptr_t str_find_char(StrObject* s, uint32_t ch, intptr_t start, intptr_t end);
// memmem() tuned for short needles searched repeatedly (str and bytes searching).
const char* fast_memmem(const char* hay, size_t n, const char* needle, size_t m);
// Non-overlapping occurrences in s[start, end), at most maxcount (maxcount < 0: no limit).
intptr_t str_count(StrObject* s, StrObject* sub, intptr_t start, intptr_t end, intptr_t maxcount = -1);
inline bool str_contains(StrObject* s, StrObject* sub) { return str_find(s, sub, 0, s->length) >= 0; }
// After filling a str from str_new_uninit without knowing its content in advance: the same str
// with an exact `ascii` flag, or a narrowed copy when a kind-4 str holds only code points < 256.
StrObject* str_canonical(StrObject* s);
// The text with every non-ASCII code point as \xhh, \uhhhh or \Uhhhhhhhh (ascii() is
// str_ascii_escape(repr(o))).
StrObject* str_ascii_escape(StrObject* s);
// Copies n units of src from soff into dst (of kind dkind) at doff; narrowing must be lossless.
void str_copy_chars(void* dst, int dkind, intptr_t doff, const StrObject* src, intptr_t soff, intptr_t n);

// Codecs (strmethods.cpp): utf-8, ascii and latin-1 (and their aliases) with the error
// handlers strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass (utf-8)
// and xmlcharrefreplace (encoding). LookupError for other encodings; UnicodeDecodeError /
// UnicodeEncodeError with CPython's arguments.
StrObject* str_decode(const char* s, size_t n, const char* encoding, const char* errors);
Object* str_encode(StrObject* s, const char* encoding, const char* errors);  // a bytes
// Argument helpers shared by the str and bytes methods (strmethods.cpp), with CPython's messages:
// no arguments: "str.upper() takes no arguments (1 given)"; one (METH_O): "str.join() takes
// exactly one argument (0 given)"; METH_VARARGS "O|OO:name": "count() takes at least 1 argument
// (0 given)"; Argument Clinic keywords (_PyArg_UnpackKeywords): "split() takes at most 2
// arguments (3 given)", "'x' is an invalid keyword argument for split()".
void no_args(const char* qualname, size_t nargs, TupleObject* kwnames);
void one_arg(const char* qualname, size_t nargs, TupleObject* kwnames);
void varargs(const char* qualname, const char* name, size_t nargs, TupleObject* kwnames,
             size_t min, size_t max);
void unpack_keywords(const char* name, Object* const* args, size_t nargs, TupleObject* kwnames,
                     const char* const* names, size_t nparams, size_t minpos, Object** out);
intptr_t int_arg(Object* o);  // operator.index() as intptr_t (OverflowError for C ssize_t)
// A slice bound for find()/count()/...: None keeps *out; TypeError "slice indices must be
// integers or None or have an __index__ method"; huge values clamp.
void slice_index(Object* o, intptr_t* out);
void adjust_indices(intptr_t* start, intptr_t* end, intptr_t len);  // CPython's ADJUST_INDICES
// PySequence_Fast(o, message): the items of o as a new list (TypeError `message` if o is not
// iterable).
ListObject* sequence_fast(Object* o, const char* message);

// printf-style formatting: fmt % args (CPython's PyUnicode_Format), and the nb_remainder slot.
StrObject* str_percent_format(StrObject* fmt, Object* args);
Object* str_mod(Object* a, Object* b);
// bytes % args / bytearray % args (the result has fmt's type: bytes or bytearray).
Object* bytes_percent_format(Object* fmt, Object* args);

// The method table of str (strmethods.cpp).
extern const MethodDef str_methods[];

// Accumulates code points; finish() returns the narrowest str. Pure data (no Object*).
class StrBuilder {
 public:
  void append_char(uint32_t cp) {
    if (wide_) {
      w_.push_back(cp);
    } else if (cp < 256) {
      n_.push_back(static_cast<char>(cp));
    } else {
      widen();
      w_.push_back(cp);
    }
  }
  void append_ascii(const char* s, size_t n) {
    if (wide_) {
      for (size_t i = 0; i < n; ++i) w_.push_back(static_cast<unsigned char>(s[i]));
    } else {
      n_.append(s, n);
    }
  }
  void append_ascii(std::string_view v) { append_ascii(v.data(), v.size()); }
  void append_utf8(const char* s, size_t n);
  void append(StrObject* s) { append(s, 0, s->length); }
  void append(StrObject* s, intptr_t start, intptr_t end);
  size_t size() const { return wide_ ? w_.size() : n_.size(); }
  StrObject* finish();

 private:
  void widen();
  bool wide_ = false;
  std::string n_;
  std::u32string w_;
};

void init_str_type();

}  // namespace slotpy
