// int: arbitrary-precision integers with CPython 3.11 semantics.
//
// Values that fit 63 bits are tagged pointers (object.h); larger ones are IntObjects whose GMP
// limbs live inline after the header (ob_size = signed limb count). Every operation has a fast
// path for two tagged operands using the compiler's overflow builtins; the general path works
// on "views" (pointer + size + sign) that cover tagged, heap, bool and subclass instances alike,
// with mpn_* on the inline limbs for + - * and GMP mpz read-only views for the rest.
#include "runtime/intobject.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include <utf8proc.h>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/format_spec.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Int_Type;
intptr_t int_max_str_digits = 4300;

namespace {

// GMP's mpz functions abort beyond INT_MAX limbs; refuse (MemoryError) well before that.
constexpr mp_size_t kMaxLimbs = (mp_size_t(1) << 30);
constexpr uint64_t kMaxBits = uint64_t(kMaxLimbs) * GMP_NUMB_BITS;

// The magnitude and sign of any int object. For tagged values the limb lives in `buf`, so a
// View must not be copied (d may point into itself).
struct View {
  const mp_limb_t* d;
  mp_size_t n;
  bool neg;
  mp_limb_t buf;
  View() = default;
  View(const View&) = delete;
  View& operator=(const View&) = delete;
};

inline void view(Object* o, View& v) {
  if (is_small_int(o)) {
    intptr_t x = small_int_value(o);
    v.neg = x < 0;
    v.buf = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    v.d = &v.buf;
    v.n = x != 0;
  } else {
    auto* io = static_cast<IntObject*>(o);
    intptr_t s = io->ob_size;
    v.neg = s < 0;
    v.n = s < 0 ? -s : s;
    v.d = io->limbs;
    while (v.n > 0 && v.d[v.n - 1] == 0) --v.n;  // tolerate unnormalized subclass data
    if (v.n == 0) v.neg = false;
  }
}

struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }
};

inline void roinit(mpz_t z, const View& v) {
  mpz_roinit_n(z, v.d, v.neg ? -v.n : v.n);
}

// The small value of any int whose value fits a tagged int (also bools and subclass instances).
inline bool small_value(Object* o, intptr_t* out) {
  if (is_small_int(o)) {
    *out = small_int_value(o);
    return true;
  }
  auto* io = static_cast<IntObject*>(o);
  intptr_t s = io->ob_size;
  if (s == 0) {
    *out = 0;
    return true;
  }
  if ((s == 1 || s == -1) && io->limbs[0] <= static_cast<mp_limb_t>(kSmallIntMax)) {
    intptr_t m = static_cast<intptr_t>(io->limbs[0]);
    *out = s > 0 ? m : -m;
    return true;
  }
  return false;
}

inline IntObject* alloc_int(mp_size_t n) {
  if (n > kMaxLimbs) raise_memory_error();
  auto* o = static_cast<IntObject*>(gc_alloc_atomic(sizeof(IntObject) + n * sizeof(mp_limb_t)));
  o->ob_type = &Int_Type;
  o->ob_size = 0;
  return o;
}

// Normalizes a freshly computed magnitude of n limbs: strips high zero limbs and returns a tagged
// int when the value fits.
Object* finish(IntObject* o, mp_size_t n, bool neg) {
  while (n > 0 && o->limbs[n - 1] == 0) --n;
  if (n == 0) return make_small_int(0);
  if (n == 1) {
    mp_limb_t m = o->limbs[0];
    if (m <= static_cast<mp_limb_t>(kSmallIntMax))
      return make_small_int(neg ? -static_cast<intptr_t>(m) : static_cast<intptr_t>(m));
    if (neg && m == (mp_limb_t(1) << 62)) return make_small_int(kSmallIntMin);
  }
  o->ob_size = neg ? -n : n;
  return o;
}

Object* from_mag(const mp_limb_t* d, mp_size_t n, bool neg) {
  while (n > 0 && d[n - 1] == 0) --n;
  if (n == 0) return make_small_int(0);
  if (n == 1) {
    mp_limb_t m = d[0];
    if (m <= static_cast<mp_limb_t>(kSmallIntMax))
      return make_small_int(neg ? -static_cast<intptr_t>(m) : static_cast<intptr_t>(m));
  }
  IntObject* o = alloc_int(n);
  std::memcpy(o->limbs, d, n * sizeof(mp_limb_t));
  return finish(o, n, neg);
}

Object* from_u128(unsigned __int128 mag, bool neg) {
  mp_limb_t l[2] = {static_cast<mp_limb_t>(mag), static_cast<mp_limb_t>(mag >> 64)};
  return from_mag(l, 2, neg);
}

inline intptr_t view_bits(const View& v) {
  if (v.n == 0) return 0;
  return (v.n - 1) * GMP_NUMB_BITS + (GMP_NUMB_BITS - __builtin_clzll(v.d[v.n - 1]));
}

inline int cmp_mag(const View& a, const View& b) {
  if (a.n != b.n) return a.n > b.n ? 1 : -1;
  return mpn_cmp(a.d, b.d, a.n);
}

inline bool is_exact(Object* o) { return is_small_int(o) || o->ob_type == &Int_Type; }

[[noreturn]] void raise_limit_to_str() {
  raise_value_error(
      "Exceeds the limit (%zd digits) for integer string conversion; use "
      "sys.set_int_max_str_digits() to increase the limit",
      int_max_str_digits);
}

// ---- core arithmetic on views --------------------------------------------------------------

Object* add_views(const View& a, const View& b, bool bneg) {
  if (b.n == 0) return from_mag(a.d, a.n, a.neg);
  if (a.n == 0) return from_mag(b.d, b.n, bneg);
  if (a.neg == bneg) {
    const View& big = a.n >= b.n ? a : b;
    const View& sm = a.n >= b.n ? b : a;
    mp_size_t rn = big.n + 1;
    IntObject* r = alloc_int(rn);
    r->limbs[big.n] = mpn_add(r->limbs, big.d, big.n, sm.d, sm.n);
    return finish(r, rn, a.neg);
  }
  int c = cmp_mag(a, b);
  if (c == 0) return make_small_int(0);
  const View& big = c > 0 ? a : b;
  const View& sm = c > 0 ? b : a;
  bool neg = c > 0 ? a.neg : bneg;
  IntObject* r = alloc_int(big.n);
  mpn_sub(r->limbs, big.d, big.n, sm.d, sm.n);
  return finish(r, big.n, neg);
}

Object* mul_views(const View& a, const View& b) {
  if (a.n == 0 || b.n == 0) return make_small_int(0);
  mp_size_t rn = a.n + b.n;
  IntObject* r = alloc_int(rn);
  if (a.d == b.d && a.n == b.n)
    mpn_sqr(r->limbs, a.d, a.n);
  else if (a.n >= b.n)
    mpn_mul(r->limbs, a.d, a.n, b.d, b.n);
  else
    mpn_mul(r->limbs, b.d, b.n, a.d, a.n);
  return finish(r, rn, a.neg != b.neg);
}

Object* neg_view(const View& a) { return from_mag(a.d, a.n, !a.neg); }

}  // namespace

// ---- construction ----------------------------------------------------------------------------

Object* int_from_intptr(intptr_t v) {
  if (fits_small_int(v)) return make_small_int(v);
  mp_limb_t m = v < 0 ? -static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  IntObject* o = alloc_int(1);
  o->limbs[0] = m;
  o->ob_size = v < 0 ? -1 : 1;
  return o;
}

Object* int_from_uint64(uint64_t v) {
  if (v <= static_cast<uint64_t>(kSmallIntMax)) return make_small_int(static_cast<intptr_t>(v));
  IntObject* o = alloc_int(1);
  o->limbs[0] = v;
  o->ob_size = 1;
  return o;
}

Object* int_from_limbs(const mp_limb_t* limbs, intptr_t nlimbs, bool negative) {
  return from_mag(limbs, nlimbs, negative);
}

Object* int_from_mpz(mpz_srcptr z) {
  int s = z->_mp_size;
  return from_mag(z->_mp_d, s < 0 ? -s : s, s < 0);
}

IntMpzView::IntMpzView(Object* o) {
  if (is_small_int(o)) {
    intptr_t x = small_int_value(o);
    buf = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    mpz_roinit_n(z, &buf, x < 0 ? -1 : (x != 0));
  } else {
    auto* io = static_cast<IntObject*>(o);
    mpz_roinit_n(z, io->limbs, io->ob_size);
  }
}

Object* int_from_double(double d) {
  if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t > -4611686018427387904.0 && t < 4611686018427387904.0)
    return make_small_int(static_cast<intptr_t>(t));
  int e;
  double m = std::frexp(t, &e);  // |t| = |m| * 2**e, e >= 63
  bool neg = m < 0;
  uint64_t mant = static_cast<uint64_t>(std::ldexp(std::fabs(m), 64));  // exact: 53 bits
  // value = mant * 2**(e - 64)
  intptr_t sh = e - 64;
  if (sh <= 0) {
    mp_limb_t v = mant >> (-sh);
    return from_mag(&v, 1, neg);
  }
  mp_size_t limb_shift = sh / GMP_NUMB_BITS;
  unsigned bit_shift = sh % GMP_NUMB_BITS;
  mp_size_t rn = limb_shift + 2;
  IntObject* r = alloc_int(rn);
  for (mp_size_t i = 0; i < limb_shift; ++i) r->limbs[i] = 0;
  r->limbs[limb_shift] = bit_shift ? mant << bit_shift : mant;
  r->limbs[limb_shift + 1] = bit_shift ? mant >> (GMP_NUMB_BITS - bit_shift) : 0;
  return finish(r, rn, neg);
}

// ---- conversion ------------------------------------------------------------------------------

bool int_to_intptr(Object* o, intptr_t* out) {
  if (small_value(o, out)) return true;
  View v;
  view(o, v);
  if (v.n != 1) return false;
  mp_limb_t m = v.d[0];
  if (!v.neg) {
    if (m > static_cast<mp_limb_t>(INTPTR_MAX)) return false;
    *out = static_cast<intptr_t>(m);
  } else {
    if (m > static_cast<mp_limb_t>(INTPTR_MAX) + 1) return false;
    *out = static_cast<intptr_t>(-m);
  }
  return true;
}

intptr_t int_as_intptr(Object* o) {
  intptr_t v;
  if (!int_to_intptr(o, &v)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return v;
}

namespace {
// Top 64 bits of the magnitude with a sticky bit for everything below; nbits > 64.
uint64_t top64_sticky(const View& v, intptr_t nbits) {
  intptr_t shift = nbits - 64;
  mp_size_t li = shift / GMP_NUMB_BITS;
  unsigned bo = shift % GMP_NUMB_BITS;
  uint64_t top = v.d[li] >> bo;
  if (bo) top |= v.d[li + 1] << (GMP_NUMB_BITS - bo);
  bool sticky = bo && (v.d[li] & ((mp_limb_t(1) << bo) - 1));
  for (mp_size_t i = 0; !sticky && i < li; ++i) sticky = v.d[i] != 0;
  return top | (sticky ? 1 : 0);
}
}  // namespace

double int_as_double(Object* o) {
  intptr_t s;
  if (small_value(o, &s)) return static_cast<double>(s);
  View v;
  view(o, v);
  intptr_t nbits = view_bits(v);
  double r;
  if (nbits <= 64) {
    r = static_cast<double>(v.d[0]);
  } else {
    if (nbits > 1024) raise_overflow_error("int too large to convert to float");
    r = std::ldexp(static_cast<double>(top64_sticky(v, nbits)), static_cast<int>(nbits - 64));
    if (std::isinf(r)) raise_overflow_error("int too large to convert to float");
  }
  return v.neg ? -r : r;
}

double int_frexp(Object* o, intptr_t* e) {
  View v;
  view(o, v);
  intptr_t nbits = view_bits(v);
  if (nbits == 0) {
    *e = 0;
    return 0.0;
  }
  uint64_t top;
  if (nbits <= 64) {
    top = v.d[0] << (64 - nbits);
  } else {
    top = top64_sticky(v, nbits);
  }
  double m = std::ldexp(static_cast<double>(top), -64);  // in [0.5, 1], correctly rounded
  if (m == 1.0) {
    m = 0.5;
    ++nbits;
  }
  *e = nbits;
  return v.neg ? -m : m;
}

int int_sign(Object* o) {
  if (is_small_int(o)) {
    intptr_t x = small_int_value(o);
    return (x > 0) - (x < 0);
  }
  View v;
  view(o, v);
  return v.n == 0 ? 0 : (v.neg ? -1 : 1);
}

bool int_is_zero(Object* o) { return int_sign(o) == 0; }

intptr_t int_hash(Object* o) {
  constexpr uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t h;
  bool neg;
  intptr_t x;
  if (small_value(o, &x)) {
    neg = x < 0;
    uint64_t m = neg ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    h = m % P;
  } else {
    View v;
    view(o, v);
    neg = v.neg;
    h = mpn_mod_1(v.d, v.n, P);
  }
  intptr_t r = neg ? -static_cast<intptr_t>(h) : static_cast<intptr_t>(h);
  return r == -1 ? -2 : r;
}

int int_compare(Object* a, Object* b) {
  intptr_t x, y;
  if (is_small_int(a) && is_small_int(b)) {
    x = small_int_value(a);
    y = small_int_value(b);
    return (x > y) - (x < y);
  }
  View va, vb;
  view(a, va);
  view(b, vb);
  if (va.neg != vb.neg) return va.neg ? -1 : 1;
  int c = cmp_mag(va, vb);
  return va.neg ? -c : c;
}

Object* int_normalize(Object* o) {
  if (is_exact(o)) return o;
  View v;
  view(o, v);
  return from_mag(v.d, v.n, v.neg);
}

Object* int_subtype_from(TypeObject* type, Object* val) {
  View v;
  view(val, v);
  auto* o = static_cast<IntObject*>(type_alloc(type, v.n));
  o->ob_size = v.neg ? -v.n : v.n;
  if (v.n) std::memcpy(o->limbs, v.d, v.n * sizeof(mp_limb_t));
  return o;
}

intptr_t int_bit_length(Object* o) {
  intptr_t x;
  if (small_value(o, &x)) {
    uint64_t m = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return m ? 64 - __builtin_clzll(m) : 0;
  }
  View v;
  view(o, v);
  return view_bits(v);
}

std::string int_to_decimal(Object* o) {
  intptr_t x;
  if (small_value(o, &x)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
  }
  View v;
  view(o, v);
  intptr_t bits = view_bits(v);
  if (int_max_str_digits > 0) {
    // digits >= floor((bits - 1) * log10(2)) + 1
    double lower = std::floor(static_cast<double>(bits - 1) * 0.30102999566398) + 1;
    if (lower > static_cast<double>(int_max_str_digits) + 1) raise_limit_to_str();
  }
  mpz_t z;
  roinit(z, v);
  size_t cap = mpz_sizeinbase(z, 10) + 2;
  std::string s(cap, '\0');
  mpz_get_str(s.data(), 10, z);
  s.resize(std::strlen(s.c_str()));
  if (int_max_str_digits > 0 &&
      static_cast<intptr_t>(s.size()) - (v.neg ? 1 : 0) > int_max_str_digits)
    raise_limit_to_str();
  return s;
}

std::string int_to_base(Object* o, int base, bool prefix) {
  View v;
  view(o, v);
  std::string s;
  if (v.neg) s += '-';
  if (prefix) s += base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  if (v.n == 0) {
    s += '0';
    return s;
  }
  mpz_t z;
  mpz_roinit_n(z, v.d, v.n);
  size_t pos = s.size();
  s.resize(pos + mpz_sizeinbase(z, base) + 2);
  mpz_get_str(s.data() + pos, base, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

// ---- parsing ---------------------------------------------------------------------------------

namespace {

inline bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

Object* int_from_string(const char* s, size_t n, int base) {
  const char* p = s;
  const char* end = s + n;
  while (p < end && ascii_space(*p)) ++p;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) {
    neg = *p == '-';
    ++p;
  }
  bool error_if_nonzero = false;
  if (base == 0) {
    if (p >= end || *p != '0')
      base = 10;
    else if (p + 1 < end && (p[1] == 'x' || p[1] == 'X'))
      base = 16;
    else if (p + 1 < end && (p[1] == 'o' || p[1] == 'O'))
      base = 8;
    else if (p + 1 < end && (p[1] == 'b' || p[1] == 'B'))
      base = 2;
    else {
      base = 10;
      error_if_nonzero = true;
    }
  }
  if (p + 1 < end && p[0] == '0' &&
      ((base == 16 && (p[1] == 'x' || p[1] == 'X')) || (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
       (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
    p += 2;
    if (p < end && *p == '_') ++p;  // one underscore allowed after the prefix
  }
  if (p < end && *p == '_') return nullptr;
  const char* start = p;
  size_t ndigits = 0;
  char prev = 0;
  while (p < end) {
    char c = *p;
    if (c == '_') {
      if (prev == '_') return nullptr;
    } else {
      if (digit_value(c) >= base) break;
      ++ndigits;
    }
    prev = c;
    ++p;
  }
  if (prev == '_') return nullptr;
  if (ndigits == 0) return nullptr;
  bool pow2 = (base & (base - 1)) == 0;
  if (!pow2 && int_max_str_digits > 0 && ndigits > 640 &&
      static_cast<intptr_t>(ndigits) > int_max_str_digits)
    raise_value_error(
        "Exceeds the limit (%zd digits) for integer string conversion: value has %zu digits; "
        "use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits, ndigits);
  const char* digits_end = p;
  while (p < end && ascii_space(*p)) ++p;
  if (p != end) return nullptr;
  // Fast path: fits 64 bits.
  if (ndigits <= 18 && base == 10) {
    uint64_t acc = 0;
    for (const char* q = start; q < digits_end; ++q)
      if (*q != '_') acc = acc * 10 + (*q - '0');
    if (error_if_nonzero && acc != 0) return nullptr;
    return neg ? int_from_intptr(-static_cast<intptr_t>(acc)) : int_from_uint64(acc);
  }
  std::string digits;
  digits.reserve(ndigits);
  for (const char* q = start; q < digits_end; ++q)
    if (*q != '_') digits += *q;
  Mpz z;
  mpz_set_str(z, digits.c_str(), base);
  if (error_if_nonzero && mpz_sgn(z.z) != 0) return nullptr;
  if (neg) mpz_neg(z, z);
  return int_from_mpz(z.z);
}

namespace {

bool unicode_space(uint32_t cp) {
  return (cp >= 0x9 && cp <= 0xD) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace

int int_unicode_decimal(uint32_t cp) {
  if (cp < 128) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
  auto cat = [](uint32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)); };
  if (cp > 0x10FFFF || cat(cp) != UTF8PROC_CATEGORY_ND) return -1;
  // Decimal digits come in contiguous runs of 0..9: find the start of the run.
  uint32_t start = cp;
  while (start > 0 && cp - start < 100 && cat(start - 1) == UTF8PROC_CATEGORY_ND) --start;
  return static_cast<int>((cp - start) % 10);
}

// _PyUnicode_TransformDecimalAndSpaceToASCII.
std::string int_str_to_ascii(StrObject* s) {
  std::string out;
  out.reserve(s->length);
  for (intptr_t i = 0; i < s->length; ++i) {
    uint32_t ch = str_char(s, i);
    if (ch < 127) {
      out += static_cast<char>(ch);
    } else if (unicode_space(ch)) {
      out += ' ';
    } else {
      int d = int_unicode_decimal(ch);
      if (d < 0) {
        out += '?';
        break;
      }
      out += static_cast<char>('0' + d);
    }
  }
  return out;
}

// repr(o) truncated to 200 code points (CPython's %.200R), as UTF-8.
const char* int_repr_200(Object* o) {
  auto* r = static_cast<StrObject*>(repr(o));
  if (r->length > 200) r = str_substring(r, 0, 200);
  return str_utf8(r);
}

Object* int_from_str_object(Object* o, int base) {
  Object* r;
  if (is_str(o)) {
    auto* s = static_cast<StrObject*>(o);
    if (s->ascii) {
      r = int_from_string(static_cast<const char*>(s->data), s->length, base);
    } else {
      std::string t = int_str_to_ascii(s);
      r = int_from_string(t.data(), t.size(), base);
    }
  } else {
    Object* b = o;
    if (!is_bytes(b)) b = bytes_from_object(o);
    r = int_from_string(bytes_data(b), bytes_size(b), base);
    // CPython reports the bytes copy (b'...' even for a bytearray).
    if (!r) raise_value_error("invalid literal for int() with base %d: %s", base, int_repr_200(b));
  }
  if (!r) raise_value_error("invalid literal for int() with base %d: %s", base, int_repr_200(o));
  return r;
}

// ---- arithmetic ------------------------------------------------------------------------------

Object* int_add(Object* a, Object* b) {
  if (is_small_int(a) && is_small_int(b))
    return int_from_intptr(small_int_value(a) + small_int_value(b));
  View va, vb;
  view(a, va);
  view(b, vb);
  if (va.n <= 1 && vb.n <= 1) {
    intptr_t x, y;
    if (small_value(a, &x) && small_value(b, &y)) return int_from_intptr(x + y);
  }
  return add_views(va, vb, vb.neg);
}

Object* int_sub(Object* a, Object* b) {
  if (is_small_int(a) && is_small_int(b))
    return int_from_intptr(small_int_value(a) - small_int_value(b));
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) return int_from_intptr(x - y);
  View va, vb;
  view(a, va);
  view(b, vb);
  return add_views(va, vb, vb.n ? !vb.neg : false);
}

Object* int_mul(Object* a, Object* b) {
  intptr_t x, y;
  if ((is_small_int(a) && is_small_int(b) && ((x = small_int_value(a)), (y = small_int_value(b)), true)) ||
      (small_value(a, &x) && small_value(b, &y))) {
    intptr_t r;
    if (!__builtin_mul_overflow(x, y, &r)) return int_from_intptr(r);
    __int128 p = static_cast<__int128>(x) * y;
    bool neg = p < 0;
    return from_u128(neg ? -static_cast<unsigned __int128>(p) : static_cast<unsigned __int128>(p), neg);
  }
  View va, vb;
  view(a, va);
  view(b, vb);
  return mul_views(va, vb);
}

Object* int_neg(Object* a) {
  intptr_t x;
  if (small_value(a, &x)) return int_from_intptr(-x);
  View v;
  view(a, v);
  return neg_view(v);
}

Object* int_abs(Object* a) {
  intptr_t x;
  if (small_value(a, &x)) return int_from_intptr(x < 0 ? -x : x);
  View v;
  view(a, v);
  if (!v.neg && is_exact(a)) return a;
  return from_mag(v.d, v.n, false);
}

Object* int_invert(Object* a) {
  intptr_t x;
  if (small_value(a, &x)) return make_small_int(~x);
  // ~a == -(a + 1)
  return int_neg(int_add(a, make_small_int(1)));
}

Object* int_floordiv(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) {
    if (y == 0) raise_zero_division("integer division or modulo by zero");
    intptr_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) --q;
    return int_from_intptr(q);
  }
  if (int_is_zero(b)) raise_zero_division("integer division or modulo by zero");
  IntMpzView A(a), B(b);
  Mpz q;
  mpz_fdiv_q(q, A.get(), B.get());
  return int_from_mpz(q.z);
}

Object* int_mod(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) {
    if (y == 0) raise_zero_division("integer modulo by zero");
    intptr_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return make_small_int(r);
  }
  if (int_is_zero(b)) raise_zero_division("integer modulo by zero");
  IntMpzView A(a), B(b);
  Mpz r;
  mpz_fdiv_r(r, A.get(), B.get());
  return int_from_mpz(r.z);
}

Object* int_divmod(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) {
    if (y == 0) raise_zero_division("integer division or modulo by zero");
    intptr_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      --q;
      r += y;
    }
    return tuple_pack({int_from_intptr(q), make_small_int(r)});
  }
  if (int_is_zero(b)) raise_zero_division("integer division or modulo by zero");
  IntMpzView A(a), B(b);
  Mpz q, r;
  mpz_fdiv_qr(q, r, A.get(), B.get());
  return tuple_pack({int_from_mpz(q.z), int_from_mpz(r.z)});
}

Object* int_truediv(Object* a, Object* b) {
  constexpr intptr_t kExact = intptr_t(1) << 53;
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) {
    if (y == 0) raise_zero_division("division by zero");
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return float_new(static_cast<double>(x) / static_cast<double>(y));
  }
  View va, vb;
  view(a, va);
  view(b, vb);
  if (vb.n == 0) raise_zero_division("division by zero");
  bool negate = va.neg != vb.neg;
  if (va.n == 0) return float_new(negate ? -0.0 : 0.0);
  // CPython's long_true_divide: correctly rounded.
  constexpr int DBL_MANT = 53, DBL_MIN_E = -1021, DBL_MAX_E = 1024;
  intptr_t a_bits = view_bits(va), b_bits = view_bits(vb);
  intptr_t diff = a_bits - b_bits;
  if (diff > DBL_MAX_E) raise_overflow_error("integer division result too large for a float");
  if (diff < DBL_MIN_E - DBL_MANT - 1) return float_new(negate ? -0.0 : 0.0);
  intptr_t shift = std::max(diff, static_cast<intptr_t>(DBL_MIN_E)) - DBL_MANT - 2;
  bool inexact = false;
  mpz_t A, B;
  mpz_roinit_n(A, va.d, va.n);
  mpz_roinit_n(B, vb.d, vb.n);
  Mpz X, Q, R;
  if (shift <= 0) {
    mpz_mul_2exp(X, A, static_cast<mp_bitcnt_t>(-shift));
  } else {
    mpz_tdiv_q_2exp(X, A, static_cast<mp_bitcnt_t>(shift));
    if (!mpz_divisible_2exp_p(A, static_cast<mp_bitcnt_t>(shift))) inexact = true;
  }
  mpz_tdiv_qr(Q, R, X, B);
  if (mpz_sgn(R.z) != 0) inexact = true;
  uint64_t q = mpz_get_ui(Q.z);  // fewer than 58 bits
  intptr_t x_bits = q ? 64 - __builtin_clzll(q) : 0;
  intptr_t extra_bits = std::max(x_bits, static_cast<intptr_t>(DBL_MIN_E) - shift) - DBL_MANT;
  uint64_t mask = uint64_t(1) << (extra_bits - 1);
  uint64_t low = q | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  q = low & ~(2 * mask - 1);
  double dx = static_cast<double>(q);
  if (shift + x_bits >= DBL_MAX_E &&
      (shift + x_bits > DBL_MAX_E || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    raise_overflow_error("integer division result too large for a float");
  double result = std::ldexp(dx, static_cast<int>(shift));
  return float_new(negate ? -result : result);
}

namespace {

Object* pow_nonneg(Object* a, Object* b) {
  intptr_t x, e;
  bool small_a = small_value(a, &x);
  if (!int_to_intptr(b, &e)) {
    // Huge exponent: only 0, 1 and -1 have a representable result.
    if (small_a && (x == 0 || x == 1)) return make_small_int(x);
    if (small_a && x == -1) return make_small_int(mpz_odd_p(IntMpzView(b).get()) ? -1 : 1);
    raise_memory_error();
  }
  if (small_a) {
    if (x == 0) return make_small_int(e == 0 ? 1 : 0);
    if (x == 1) return make_small_int(1);
    if (x == -1) return make_small_int(e & 1 ? -1 : 1);
    // Square-and-multiply in 64 bits while it fits.
    intptr_t result = 1, base = x, n = e;
    bool ok = true;
    while (true) {
      if (n & 1) {
        if (__builtin_mul_overflow(result, base, &result)) {
          ok = false;
          break;
        }
      }
      n >>= 1;
      if (!n) break;
      if (__builtin_mul_overflow(base, base, &base)) {
        ok = false;
        break;
      }
    }
    if (ok) return int_from_intptr(result);
  }
  intptr_t bits = int_bit_length(a);
  if (static_cast<unsigned __int128>(bits) * static_cast<uint64_t>(e) > kMaxBits) raise_memory_error();
  IntMpzView A(a);
  Mpz r;
  mpz_pow_ui(r, A.get(), static_cast<unsigned long>(e));
  return int_from_mpz(r.z);
}

}  // namespace

Object* int_pow(Object* a, Object* b, Object* mod) {
  if (!mod) {
    if (int_sign(b) < 0) return Float_Type.nb_power(a, b, Py_None);
    return pow_nonneg(a, b);
  }
  int ms = int_sign(mod);
  if (ms == 0) raise_value_error("pow() 3rd argument cannot be 0");
  IntMpzView A(a), B(b), M(mod);
  Mpz m, base, r;
  mpz_abs(m, M.get());
  if (mpz_cmp_ui(m.z, 1) == 0) return make_small_int(0);
  mpz_set(base, A.get());
  Mpz e;
  mpz_set(e, B.get());
  if (mpz_sgn(e.z) < 0) {
    mpz_neg(e, e);
    if (!mpz_invert(base, base, m)) raise_value_error("base is not invertible for the given modulus");
  }
  mpz_powm(r, base, e, m);
  if (ms < 0 && mpz_sgn(r.z) != 0) mpz_sub(r, r, m);
  return int_from_mpz(r.z);
}

Object* int_lshift(Object* a, Object* b) {
  intptr_t sh;
  if (int_sign(b) < 0) raise_value_error("negative shift count");
  intptr_t x;
  bool small_a = small_value(a, &x);
  if (small_a && x == 0) return make_small_int(0);
  if (!int_to_intptr(b, &sh)) raise_memory_error();
  if (small_a && sh < 64) {
    __int128 r = static_cast<__int128>(x) << sh;
    if (r >= INTPTR_MIN && r <= INTPTR_MAX) return int_from_intptr(static_cast<intptr_t>(r));
    bool neg = r < 0;
    return from_u128(neg ? -static_cast<unsigned __int128>(r) : static_cast<unsigned __int128>(r), neg);
  }
  View v;
  view(a, v);
  if (v.n == 0) return make_small_int(0);
  mp_size_t limb_shift = sh / GMP_NUMB_BITS;
  unsigned bit_shift = sh % GMP_NUMB_BITS;
  if (limb_shift > kMaxLimbs) raise_memory_error();
  mp_size_t rn = v.n + limb_shift + 1;
  IntObject* r = alloc_int(rn);
  std::memset(r->limbs, 0, limb_shift * sizeof(mp_limb_t));
  if (bit_shift) {
    r->limbs[rn - 1] = mpn_lshift(r->limbs + limb_shift, v.d, v.n, bit_shift);
  } else {
    std::memcpy(r->limbs + limb_shift, v.d, v.n * sizeof(mp_limb_t));
    r->limbs[rn - 1] = 0;
  }
  return finish(r, rn, v.neg);
}

Object* int_rshift(Object* a, Object* b) {
  if (int_sign(b) < 0) raise_value_error("negative shift count");
  intptr_t sh, x;
  bool small_a = small_value(a, &x);
  if (!int_to_intptr(b, &sh)) return make_small_int(int_sign(a) < 0 ? -1 : 0);
  if (small_a) return make_small_int(x >> (sh < 63 ? sh : 63));
  IntMpzView A(a);
  Mpz r;
  mpz_fdiv_q_2exp(r, A.get(), static_cast<mp_bitcnt_t>(sh));
  return int_from_mpz(r.z);
}

Object* int_and(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) return make_small_int(x & y);
  IntMpzView A(a), B(b);
  Mpz r;
  mpz_and(r, A.get(), B.get());
  return int_from_mpz(r.z);
}

Object* int_or(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) return make_small_int(x | y);
  IntMpzView A(a), B(b);
  Mpz r;
  mpz_ior(r, A.get(), B.get());
  return int_from_mpz(r.z);
}

Object* int_xor(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) return make_small_int(x ^ y);
  IntMpzView A(a), B(b);
  Mpz r;
  mpz_xor(r, A.get(), B.get());
  return int_from_mpz(r.z);
}

Object* int_gcd(Object* a, Object* b) {
  intptr_t x, y;
  if (small_value(a, &x) && small_value(b, &y)) {
    uint64_t u = x < 0 ? -static_cast<uint64_t>(x) : x, v = y < 0 ? -static_cast<uint64_t>(y) : y;
    while (v) {
      uint64_t t = u % v;
      u = v;
      v = t;
    }
    return int_from_uint64(u);
  }
  IntMpzView A(a), B(b);
  Mpz r;
  mpz_gcd(r, A.get(), B.get());
  return int_from_mpz(r.z);
}

// ---- int(x) ----------------------------------------------------------------------------------

namespace {

// Looks up a special method on the type and calls it bound to o; nullptr when the type has none.
Object* call_special(Object* o, const char* name) {
  Object* f = type_lookup(type_of(o), intern(name));
  if (!f) return nullptr;
  TypeObject* ft = type_of(f);
  if (ft->tp_descr_get) return call0(ft->tp_descr_get(f, o, type_of(o)));
  return call1(f, o);
}

}  // namespace

Object* int_from_object(Object* o) {
  if (is_int_exact(o)) return o;
  TypeObject* t = type_of(o);
  if (t->nb_int) {
    Object* r = t->nb_int(o);
    if (is_int_exact(r)) return r;
    if (!is_int(r)) raise_type_error("__int__ returned non-int (type %s)", type_name(r));
    return int_normalize(r);
  }
  if (t->nb_index) return number_index(o);
  if (type_has(t, TPFLAGS_HEAPTYPE)) {
    if (Object* r = call_special(o, "__int__")) {
      if (is_int_exact(r)) return r;
      if (!is_int(r)) raise_type_error("__int__ returned non-int (type %s)", type_name(r));
      return int_normalize(r);
    }
    if (type_lookup(t, intern("__index__"))) return number_index(o);
  }
  if (Object* r = call_special(o, "__trunc__")) {
    if (is_int_exact(r)) return r;
    if (is_int(r)) return int_normalize(r);
    TypeObject* rt = type_of(r);
    if (!rt->nb_index && !type_lookup(rt, intern("__index__")))
      raise_type_error("__trunc__ returned non-Integral (type %s)", type_name(r));
    return number_index(r);
  }
  if (is_str(o) || is_bytes(o) || t == &ByteArray_Type) return int_from_str_object(o, 10);
  raise_type_error(
      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
      type_name(o));
}

// ---- the int type ----------------------------------------------------------------------------

namespace {

Object* int_repr(Object* o) {
  if (is_small_int(o)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, small_int_value(o));
    return str_from_utf8(buf, r.ptr - buf);
  }
  std::string s = int_to_decimal(o);
  return str_from(s);
}

intptr_t int_tp_hash(Object* o) { return int_hash(o); }

Object* int_richcompare(Object* a, Object* b, int op) {
  int c;
  if (is_small_int(a) && is_small_int(b)) {
    intptr_t x = small_int_value(a), y = small_int_value(b);
    c = (x > y) - (x < y);
  } else {
    if (!is_int(a) || !is_int(b)) return Py_NotImplemented;
    c = int_compare(a, b);
  }
  bool r;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return py_bool(r);
}

#define INT_BINARY_SLOT(name, fn, fast)                                    \
  Object* name(Object* a, Object* b) {                                   \
    if (is_small_int(a) && is_small_int(b)) {                            \
      fast;                                                              \
    }                                                                    \
    if (!is_int(a) || !is_int(b)) return Py_NotImplemented;              \
    return fn(a, b);                                                     \
  }

INT_BINARY_SLOT(int_nb_add, int_add,
                return int_from_intptr(small_int_value(a) + small_int_value(b)))
INT_BINARY_SLOT(int_nb_sub, int_sub,
                return int_from_intptr(small_int_value(a) - small_int_value(b)))
INT_BINARY_SLOT(int_nb_mul, int_mul, (void)0)
INT_BINARY_SLOT(int_nb_floordiv, int_floordiv, (void)0)
INT_BINARY_SLOT(int_nb_mod, int_mod, (void)0)
INT_BINARY_SLOT(int_nb_divmod, int_divmod, (void)0)
INT_BINARY_SLOT(int_nb_truediv, int_truediv, (void)0)
INT_BINARY_SLOT(int_nb_lshift, int_lshift, (void)0)
INT_BINARY_SLOT(int_nb_rshift, int_rshift, (void)0)
INT_BINARY_SLOT(int_nb_and, int_and, return make_small_int(small_int_value(a) & small_int_value(b)))
INT_BINARY_SLOT(int_nb_or, int_or, return make_small_int(small_int_value(a) | small_int_value(b)))
INT_BINARY_SLOT(int_nb_xor, int_xor, return make_small_int(small_int_value(a) ^ small_int_value(b)))
#undef INT_BINARY_SLOT

Object* int_nb_power(Object* a, Object* b, Object* c) {
  if (!is_int(a) || !is_int(b)) return Py_NotImplemented;
  if (c && c != Py_None) {
    if (!is_int(c)) return Py_NotImplemented;
    return int_pow(a, b, c);
  }
  return int_pow(a, b, nullptr);
}

Object* int_nb_negative(Object* a) { return int_neg(a); }
Object* int_nb_positive(Object* a) { return int_normalize(a); }
Object* int_nb_absolute(Object* a) { return int_abs(a); }
Object* int_nb_invert(Object* a) { return int_invert(a); }
int int_nb_bool(Object* a) { return !int_is_zero(a); }
Object* int_nb_int(Object* a) { return int_normalize(a); }
Object* int_nb_float(Object* a) { return float_new(int_as_double(a)); }

Object* int_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"", "base"};
  Object* a[2];
  parse_args("int", args, nargs, kwnames, names, 2, 0, 1, 2, a);
  Object* x = a[0];
  Object* obase = a[1];
  Object* result;
  if (!x) {
    if (obase) raise_type_error("int() missing string argument");
    result = make_small_int(0);
  } else if (!obase) {
    result = int_from_object(x);
  } else {
    Object* bi = number_index(obase);
    intptr_t base;
    if (!int_to_intptr(bi, &base) || (base != 0 && base < 2) || base > 36)
      raise_value_error("int() base must be >= 2 and <= 36, or 0");
    if (is_str(x) || is_bytes(x) || type_of(x) == &ByteArray_Type)
      result = int_from_str_object(x, static_cast<int>(base));
    else
      raise_type_error("int() can't convert non-string with explicit base");
  }
  if (type == &Int_Type) return result;
  return int_subtype_from(type, result);
}

// ---- methods ---------------------------------------------------------------------------------

#define NOARGS(qualname)                 \
  check_no_kwargs(qualname, kwnames);    \
  check_nargs(qualname, nargs, 0, 0);    \
  (void)args

Object* int_m_bit_length(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("int.bit_length");
  return make_small_int(int_bit_length(self));
}

Object* int_m_bit_count(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("int.bit_count");
  intptr_t x;
  if (small_value(self, &x)) {
    uint64_t m = x < 0 ? -static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return make_small_int(__builtin_popcountll(m));
  }
  View v;
  view(self, v);
  return int_from_uint64(mpn_popcount(v.d, v.n));
}

Object* int_m_identity(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames,
                       const char* qualname) {
  check_no_kwargs(qualname, kwnames);
  check_nargs(qualname, nargs, 0, 0);
  (void)args;
  return int_normalize(self);
}

Object* int_m_conjugate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return int_m_identity(self, args, nargs, kwnames, "int.conjugate");
}
Object* int_m_trunc(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return int_m_identity(self, args, nargs, kwnames, "int.__trunc__");
}
Object* int_m_floor(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return int_m_identity(self, args, nargs, kwnames, "int.__floor__");
}
Object* int_m_ceil(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return int_m_identity(self, args, nargs, kwnames, "int.__ceil__");
}

Object* int_m_as_integer_ratio(Object* self, Object* const* args, size_t nargs,
                               TupleObject* kwnames) {
  NOARGS("int.as_integer_ratio");
  return tuple_pack({int_normalize(self), make_small_int(1)});
}

Object* int_m_getnewargs(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("int.__getnewargs__");
  return tuple_pack({int_normalize(self)});
}

Object* int_m_round(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__round__", kwnames);
  check_nargs("__round__", nargs, 0, 1);
  if (nargs == 0) return int_normalize(self);
  Object* nd = number_index(args[0]);
  if (int_sign(nd) >= 0) return int_normalize(self);
  // result = self - divmod_near(self, 10 ** -ndigits)[1]
  Object* p = int_pow(make_small_int(10), int_neg(nd), nullptr);
  IntMpzView A(self), B(p);
  Mpz q, r, twice;
  mpz_fdiv_qr(q, r, A.get(), B.get());  // B > 0, so 0 <= r < B
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, B.get());
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_sub(r, r, B.get());
  Mpz res;
  mpz_sub(res, A.get(), r);
  return int_from_mpz(res.z);
}

Object* int_m_format(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("__format__() argument must be str, not %s", type_name(args[0]));
  return format_int(self, static_cast<StrObject*>(args[0]));
}

bool parse_byteorder(Object* o, const char* fname) {
  if (!is_str(o)) raise_type_error("%s() argument 'byteorder' must be str, not %s", fname, type_name(o));
  auto* s = static_cast<StrObject*>(o);
  if (str_eq_cstr(s, "little")) return true;
  if (str_eq_cstr(s, "big")) return false;
  raise_value_error("byteorder must be either 'little' or 'big'");
}

Object* int_m_to_bytes(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"length", "byteorder", "signed"};
  Object* a[3];
  parse_args("to_bytes", args, nargs, kwnames, names, 3, 0, 0, 2, a);
  intptr_t length = a[0] ? int_as_intptr(number_index(a[0])) : 1;
  bool little = a[1] ? parse_byteorder(a[1], "to_bytes") : false;
  bool is_signed = a[2] ? is_true(a[2]) : false;
  if (length < 0) raise_value_error("length argument must be non-negative");
  View v;
  view(self, v);
  if (v.neg && !is_signed) raise_overflow_error("can't convert negative int to unsigned");
  uint64_t bits = view_bits(v);
  uint64_t avail = static_cast<uint64_t>(length) * 8;
  if (static_cast<uint64_t>(length) > (uint64_t(1) << 60)) avail = UINT64_MAX;
  bool fits;
  if (!is_signed) {
    fits = bits <= avail;
  } else if (!v.neg) {
    fits = bits + 1 <= avail || bits == 0;
  } else {
    // -2**(8L-1) <= value: |v| <= 2**(8L-1)
    bool pow2 = v.n > 0 && mpn_popcount(v.d, v.n) == 1;
    fits = bits + 1 <= avail || (pow2 && bits == avail);
    if (length == 0 && bits == 1) fits = true;  // CPython 3.11: (-1).to_bytes(0, signed=True) == b''
  }
  if (!fits) raise_overflow_error("int too big to convert");
  BytesObject* b = bytes_new_uninit(length);
  auto* out = reinterpret_cast<unsigned char*>(b->data);
  size_t nbytes_mag = v.n * sizeof(mp_limb_t);
  for (intptr_t i = 0; i < length; ++i) {
    size_t bi = static_cast<size_t>(i);
    out[i] = bi < nbytes_mag ? static_cast<unsigned char>(v.d[bi / 8] >> (8 * (bi % 8))) : 0;
  }
  if (v.neg) {
    unsigned carry = 1;
    for (intptr_t i = 0; i < length; ++i) {
      unsigned t = static_cast<unsigned char>(~out[i]) + carry;
      out[i] = static_cast<unsigned char>(t);
      carry = t >> 8;
    }
  }
  if (!little) {
    for (intptr_t i = 0, j = length - 1; i < j; ++i, --j) std::swap(out[i], out[j]);
  }
  return b;
}

Object* int_m_from_bytes(Object* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"bytes", "byteorder", "signed"};
  Object* a[3];
  parse_args("from_bytes", args, nargs, kwnames, names, 3, 1, 0, 2, a);
  Object* src = a[0];
  bool little = a[1] ? parse_byteorder(a[1], "from_bytes") : false;
  bool is_signed = a[2] ? is_true(a[2]) : false;
  if (!is_bytes(src)) {
    if (is_str(src) || is_int(src))
      raise_type_error("cannot convert '%s' object to bytes", type_name(src));
    src = bytes_from_object(src);
  }
  const auto* data = reinterpret_cast<const unsigned char*>(bytes_data(src));
  intptr_t n = bytes_size(src);
  mp_size_t nl = (n + 7) / 8;
  std::vector<mp_limb_t> buf(nl + 1, 0);
  mp_limb_t* limbs = buf.data();
  for (intptr_t i = 0; i < n; ++i) {
    unsigned char c = little ? data[i] : data[n - 1 - i];
    limbs[i / 8] |= static_cast<mp_limb_t>(c) << (8 * (i % 8));
  }
  bool neg = false;
  if (is_signed && n > 0 && ((little ? data[n - 1] : data[0]) & 0x80)) {
    // two's complement over exactly 8n bits
    neg = true;
    unsigned topbits = (n % 8) * 8;
    for (mp_size_t i = 0; i < nl; ++i) limbs[i] = ~limbs[i];
    if (topbits) limbs[nl - 1] &= (mp_limb_t(1) << topbits) - 1;
    mpn_add_1(limbs, limbs, nl, 1);
  }
  Object* r = from_mag(limbs, nl, neg);
  if (type != &Int_Type) return call1(type, r);
  return r;
}

Object* int_get_self(Object* self) { return int_normalize(self); }
Object* int_get_zero(Object*) { return make_small_int(0); }
Object* int_get_one(Object*) { return make_small_int(1); }

const MethodDef int_methods[] = {
    {"conjugate", int_m_conjugate, METH_DEFAULT, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_m_bit_length, METH_DEFAULT, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_m_bit_count, METH_DEFAULT, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_m_to_bytes, METH_DEFAULT, "Return an array of bytes representing an integer."},
    {"from_bytes", int_m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"__trunc__", int_m_trunc, METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", int_m_floor, METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", int_m_ceil, METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {"__round__", int_m_round, METH_DEFAULT, "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", int_m_getnewargs, METH_DEFAULT, nullptr},
    {"__format__", int_m_format, METH_DEFAULT, "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef int_getset[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_int_type() {
  TypeObject* t = &Int_Type;
  t->tp_name = "int";
  t->tp_basicsize = sizeof(IntObject);
  t->tp_itemsize = sizeof(mp_limb_t);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_INT_SUBCLASS | TPFLAGS_IMMUTABLETYPE;
  t->tp_doc =
      "int([x]) -> integer\n"
      "int(x, base=10) -> integer\n\n"
      "Convert a number or string to an integer, or return 0 if no arguments\n"
      "are given.  If x is a number, return x.__int__().  For floating point\n"
      "numbers, this truncates towards zero.\n\n"
      "If x is not a number or if base is given, then x must be a string,\n"
      "bytes, or bytearray instance representing an integer literal in the\n"
      "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
      "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
      "Base 0 means to interpret the base from the string as an integer literal.\n"
      ">>> int('0b100', base=0)\n"
      "4";
  t->tp_methods = int_methods;
  t->tp_getset = int_getset;
  t->tp_repr = int_repr;
  t->tp_hash = int_tp_hash;
  t->tp_richcompare = int_richcompare;
  t->tp_new = int_tp_new;
  t->nb_add = int_nb_add;
  t->nb_subtract = int_nb_sub;
  t->nb_multiply = int_nb_mul;
  t->nb_floor_divide = int_nb_floordiv;
  t->nb_remainder = int_nb_mod;
  t->nb_divmod = int_nb_divmod;
  t->nb_true_divide = int_nb_truediv;
  t->nb_lshift = int_nb_lshift;
  t->nb_rshift = int_nb_rshift;
  t->nb_and = int_nb_and;
  t->nb_or = int_nb_or;
  t->nb_xor = int_nb_xor;
  t->nb_power = int_nb_power;
  t->nb_negative = int_nb_negative;
  t->nb_positive = int_nb_positive;
  t->nb_absolute = int_nb_absolute;
  t->nb_invert = int_nb_invert;
  t->nb_bool = int_nb_bool;
  t->nb_index = int_nb_int;
  t->nb_int = int_nb_int;
  t->nb_float = int_nb_float;
}

}  // namespace slotpy
