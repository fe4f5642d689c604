// float: IEEE doubles with CPython 3.11 semantics (Objects/floatobject.c).
#include "runtime/floatobject.h"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <locale.h>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/format_spec.h"
#include "runtime/intobject.h"
#include "runtime/repr.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Float_Type;

Object* float_new(double v) {
  // Scanned allocation on purpose: it comes from gc_alloc's small-object free list, which is
  // much cheaper than a pointer-free allocation per float.
  auto* o = static_cast<FloatObject*>(gc_alloc(sizeof(FloatObject)));
  o->ob_type = &Float_Type;
  o->value = v;
  return o;
}

namespace {

Object* call_special(Object* o, const char* name) {
  Object* f = type_lookup(type_of(o), intern(name));
  if (!f) return nullptr;
  TypeObject* ft = type_of(f);
  if (ft->tp_descr_get) return call0(ft->tp_descr_get(f, o, type_of(o)));
  return call1(f, o);
}

double float_result_value(Object* o, Object* res) {
  if (!is_float(res))
    raise_type_error("%.50s.__float__ returned non-float (type %.50s)", type_name(o), type_name(res));
  return float_value(res);
}

inline bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool ci_equal(const char* s, size_t n, const char* lit) {
  size_t m = std::strlen(lit);
  if (n != m) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != lit[i]) return false;
  }
  return true;
}

locale_t c_locale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(0));
  return loc;
}

// float() text syntax (after the str -> ASCII transform). False when malformed.
bool parse_float_ascii(const char* s, size_t n, double* out) {
  std::string tmp;
  if (std::memchr(s, '_', n)) {
    char prev = 0;
    for (size_t i = 0; i < n; ++i) {
      char c = s[i];
      if (c == '_') {
        if (!ascii_digit(prev)) return false;
      } else {
        tmp += c;
        if (prev == '_' && !ascii_digit(c)) return false;
      }
      prev = c;
    }
    if (prev == '_') return false;
    s = tmp.data();
    n = tmp.size();
  }
  if (std::memchr(s, '\0', n)) return false;
  const char* p = s;
  const char* last = s + n;
  while (p < last && ascii_space(*p)) ++p;
  while (p < last - 1 && ascii_space(last[-1])) --last;
  if (p >= last) return false;
  bool neg = false;
  const char* q = p;
  if (*q == '+' || *q == '-') {
    neg = *q == '-';
    ++q;
  }
  size_t rest = last - q;
  if (ci_equal(q, rest, "inf") || ci_equal(q, rest, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ci_equal(q, rest, "nan")) {
    *out = std::copysign(NAN, neg ? -1.0 : 1.0);
    return true;
  }
  // [digits][.digits][(e|E)[sign]digits], at least one mantissa digit
  const char* r = q;
  size_t nd = 0;
  while (r < last && ascii_digit(*r)) ++r, ++nd;
  if (r < last && *r == '.') {
    ++r;
    while (r < last && ascii_digit(*r)) ++r, ++nd;
  }
  if (nd == 0) return false;
  if (r < last && (*r == 'e' || *r == 'E')) {
    ++r;
    if (r < last && (*r == '+' || *r == '-')) ++r;
    size_t ed = 0;
    while (r < last && ascii_digit(*r)) ++r, ++ed;
    if (ed == 0) return false;
  }
  if (r != last) return false;
  std::string text(p, last);
  *out = strtod_l(text.c_str(), nullptr, c_locale());
  return true;
}

}  // namespace

double float_from_text_object(Object* o) {
  double v;
  bool ok;
  if (is_str(o)) {
    auto* s = static_cast<StrObject*>(o);
    if (s->ascii) {
      ok = parse_float_ascii(static_cast<const char*>(s->data), s->length, &v);
    } else {
      std::string t = int_str_to_ascii(s);
      ok = parse_float_ascii(t.data(), t.size(), &v);
    }
  } else {
    Object* b = is_bytes(o) ? o : bytes_from_object(o);
    ok = parse_float_ascii(bytes_data(b), bytes_size(b), &v);
  }
  if (!ok) raise_value_error("could not convert string to float: %s", repr_cstr(o));
  return v;
}

double as_double(Object* o) {
  if (is_float(o)) return float_value(o);
  if (is_int(o)) return int_as_double(o);
  TypeObject* t = type_of(o);
  if (t->nb_float) return float_result_value(o, t->nb_float(o));
  if (t->nb_index) return int_as_double(number_index(o));
  if (type_has(t, TPFLAGS_HEAPTYPE)) {
    if (Object* r = call_special(o, "__float__")) return float_result_value(o, r);
    if (type_lookup(t, intern("__index__"))) return int_as_double(number_index(o));
  }
  raise_type_error("must be real number, not %.50s", type_name(o));
}

// float(o): PyNumber_Float.
Object* float_from_object(Object* o) {
  if (is_float_exact(o)) return o;
  TypeObject* t = type_of(o);
  if (is_int(o)) return float_new(int_as_double(o));
  if (t->nb_float) {
    Object* r = t->nb_float(o);
    if (is_float_exact(r)) return r;
    return float_new(float_result_value(o, r));
  }
  if (t->nb_index) return float_new(int_as_double(number_index(o)));
  if (type_has(t, TPFLAGS_HEAPTYPE)) {
    if (Object* r = call_special(o, "__float__")) {
      if (is_float_exact(r)) return r;
      return float_new(float_result_value(o, r));
    }
    if (type_lookup(t, intern("__index__"))) return float_new(int_as_double(number_index(o)));
  }
  if (is_float(o)) return float_new(float_value(o));
  if (is_str(o) || is_bytes(o) || t == &ByteArray_Type) return float_new(float_from_text_object(o));
  raise_type_error("float() argument must be a string or a real number, not '%.200s'", type_name(o));
}

intptr_t double_hash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kMod = (uint64_t(1) << kBits) - 1;
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return 0;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kMod) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kMod) x -= kMod;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kMod) | x >> (kBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<intptr_t>(x);
}

intptr_t float_nan_hash(const void* p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
  intptr_t x = static_cast<intptr_t>(y);
  return x == -1 ? -2 : x;
}

int compare_int_double(Object* i, double d) {
  if (std::isnan(d)) return 2;
  if (is_small_int(i)) {
    intptr_t v = small_int_value(i);
    if (v >= -(intptr_t(1) << 53) && v <= (intptr_t(1) << 53)) {
      double x = static_cast<double>(v);
      return (x > d) - (x < d);
    }
  }
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  IntMpzView v(i);
  int c = mpz_cmp_d(v.get(), d);
  return (c > 0) - (c < 0);
}

std::string float_repr_text(double v) {
  std::string s;
  append_float_repr(s, v);
  return s;
}

namespace {

Object* float_repr(Object* o) {
  std::string s;
  append_float_repr(s, float_value(o));
  return str_from_utf8(s.data(), s.size());
}

intptr_t float_hash(Object* o) {
  double v = float_value(o);
  if (std::isnan(v)) return float_nan_hash(o);
  return double_hash(v);
}

inline bool to_double(Object* o, double* out) {
  if (is_float(o)) {
    *out = float_value(o);
    return true;
  }
  if (is_int(o)) {
    *out = int_as_double(o);
    return true;
  }
  return false;
}

int swap_op(int op) {
  switch (op) {
    case CMP_LT: return CMP_GT;
    case CMP_LE: return CMP_GE;
    case CMP_GT: return CMP_LT;
    case CMP_GE: return CMP_LE;
    default: return op;
  }
}

Object* float_richcompare(Object* a, Object* b, int op) {
  if (!is_float(a)) {
    if (!is_float(b)) return Py_NotImplemented;
    std::swap(a, b);
    op = swap_op(op);
  }
  double x = float_value(a);
  int c;
  if (is_float(b)) {
    double y = float_value(b);
    bool r;
    switch (op) {
      case CMP_LT: r = x < y; break;
      case CMP_LE: r = x <= y; break;
      case CMP_EQ: r = x == y; break;
      case CMP_NE: r = x != y; break;
      case CMP_GT: r = x > y; break;
      default: r = x >= y; break;
    }
    return py_bool(r);
  }
  if (!is_int(b)) return Py_NotImplemented;
  c = compare_int_double(b, x);
  if (c == 2) return py_bool(op == CMP_NE);
  c = -c;  // x compared with the int
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

Object* float_add(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  return float_new(x + y);
}

Object* float_sub(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  return float_new(x - y);
}

Object* float_mul(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  return float_new(x * y);
}

Object* float_div(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  if (y == 0.0) raise_zero_division("float division by zero");
  return float_new(x / y);
}

void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
  double div;
  *mod = std::fmod(vx, wx);
  div = (vx - *mod) / wx;
  if (*mod) {
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}

Object* float_rem(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  if (y == 0.0) raise_zero_division("float modulo");
  double mod = std::fmod(x, y);
  if (mod) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return float_new(mod);
}

Object* float_floordiv(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  if (y == 0.0) raise_zero_division("float floor division by zero");
  double q, m;
  float_div_mod(x, y, &q, &m);
  return float_new(q);
}

Object* float_divmod(Object* a, Object* b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Py_NotImplemented;
  if (y == 0.0) raise_zero_division("float divmod()");
  double q, m;
  float_div_mod(x, y, &q, &m);
  return tuple_pack({float_new(q), float_new(m)});
}

inline bool double_is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

[[noreturn]] void raise_errno(int err) {
  Object* args[2] = {make_small_int(err), str_from_cstr(std::strerror(err))};
  raise_args(err == ERANGE ? Exc_OverflowError : Exc_ValueError, args, 2);
}

Object* float_pow(Object* v, Object* w, Object* z) {
  if (z && z != Py_None)
    raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  double iv, iw;
  if (!to_double(v, &iv) || !to_double(w, &iw)) return Py_NotImplemented;
  if (iw == 0) return float_new(1.0);
  if (std::isnan(iv)) return float_new(iw == 0 ? 1.0 : iv);
  if (std::isnan(iw)) return float_new(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return float_new(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return float_new(std::fabs(iw));
    return float_new(0.0);
  }
  if (std::isinf(iv)) {
    bool iw_is_odd = double_is_odd_integer(iw);
    if (iw > 0.0) return float_new(iw_is_odd ? iv : std::fabs(iv));
    return float_new(iw_is_odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool iw_is_odd = double_is_odd_integer(iw);
    if (iw < 0.0) raise_zero_division("0.0 cannot be raised to a negative power");
    return float_new(iw_is_odd ? iv : 0.0);
  }
  bool negate_result = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return Complex_Type.nb_power(v, w, Py_None);
    iv = -iv;
    negate_result = double_is_odd_integer(iw);
  }
  if (iv == 1.0) return float_new(negate_result ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (errno == 0) {
    if (ix == HUGE_VAL || ix == -HUGE_VAL) errno = ERANGE;
  } else if (errno == ERANGE && ix == 0.0) {
    errno = 0;
  }
  if (negate_result) ix = -ix;
  if (errno != 0) raise_errno(errno);
  return float_new(ix);
}

Object* float_neg(Object* a) { return float_new(-float_value(a)); }
Object* float_pos(Object* a) { return is_float_exact(a) ? a : float_new(float_value(a)); }
Object* float_abs(Object* a) { return float_new(std::fabs(float_value(a))); }
int float_bool(Object* a) { return float_value(a) != 0.0; }
Object* float_trunc_slot(Object* a) { return int_from_double(float_value(a)); }
Object* float_float_slot(Object* a) { return is_float_exact(a) ? a : float_new(float_value(a)); }

Object* float_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("float", kwnames);
  check_nargs("float", nargs, 0, 1);
  Object* r;
  if (nargs == 0)
    r = float_new(0.0);
  else if (is_str_exact(args[0]))
    r = float_new(float_from_text_object(args[0]));
  else
    r = float_from_object(args[0]);
  if (type == &Float_Type) return r;
  auto* o = static_cast<FloatObject*>(type_alloc(type));
  o->value = float_value(r);
  return o;
}

// ---- methods ---------------------------------------------------------------------------------

#define NOARGS(qualname)              \
  check_no_kwargs(qualname, kwnames); \
  check_nargs(qualname, nargs, 0, 0); \
  (void)args

Object* float_m_conjugate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.conjugate");
  return float_float_slot(self);
}

Object* float_m_is_integer(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.is_integer");
  double x = float_value(self);
  if (!std::isfinite(x)) return Py_False;
  return py_bool(std::floor(x) == x);
}

Object* float_m_trunc(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.__trunc__");
  return int_from_double(float_value(self));
}

Object* float_m_floor(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.__floor__");
  return int_from_double(std::floor(float_value(self)));
}

Object* float_m_ceil(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.__ceil__");
  return int_from_double(std::ceil(float_value(self)));
}

Object* float_m_getnewargs(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.__getnewargs__");
  return tuple_pack({float_new(float_value(self))});
}

Object* float_m_as_integer_ratio(Object* self, Object* const* args, size_t nargs,
                                 TupleObject* kwnames) {
  NOARGS("float.as_integer_ratio");
  double x = float_value(self);
  if (std::isinf(x)) raise_overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise_value_error("cannot convert NaN to integer ratio");
  int exponent;
  double float_part = std::frexp(x, &exponent);
  for (int i = 0; i < 300 && float_part != std::floor(float_part); ++i) {
    float_part *= 2.0;
    exponent--;
  }
  Object* numerator = int_from_double(float_part);
  Object* denominator = make_small_int(1);
  Object* py_exponent = make_small_int(exponent < 0 ? -exponent : exponent);
  if (exponent > 0)
    numerator = int_lshift(numerator, py_exponent);
  else
    denominator = int_lshift(denominator, py_exponent);
  return tuple_pack({numerator, denominator});
}

Object* float_m_hex(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("float.hex");
  double x = float_value(self);
  if (std::isnan(x) || std::isinf(x)) return float_repr(self);
  if (x == 0.0) return str_from_cstr(std::copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
  static const char hexd[] = "0123456789abcdef";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  s += hexd[static_cast<int>(m)];
  m -= static_cast<int>(m);
  s += '.';
  for (int i = 0; i < 13; ++i) {  // (TOHEX_NBITS - 1) / 4
    m *= 16.0;
    s += hexd[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  char esign = '+';
  if (e < 0) {
    esign = '-';
    e = -e;
  }
  std::string out = x < 0.0 ? "-0x" : "0x";
  out += s;
  out += 'p';
  out += esign;
  out += std::to_string(e);
  return str_from(out);
}

int hex_from_char(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Object* float_m_fromhex(Object* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("float.fromhex", kwnames);
  check_nargs("float.fromhex", nargs, 1, 1);
  if (!is_str(args[0])) raise_type_error("bad argument type for built-in operation");
  size_t length;
  const char* s = str_utf8(static_cast<StrObject*>(args[0]), &length);
  const char* s_end = s + length;
  double x;
  long exp, top_exp, lsb, key_digit;
  const char *coeff_start, *s_store, *coeff_end, *exp_start;
  int half_eps, digit, round_up;
  bool negate = false;
  intptr_t ndigits, fdigits, i;
  auto at = [&](const char* p) -> char { return p < s_end ? *p : '\0'; };

  while (ascii_space(at(s))) s++;
  {
    // infinities and nans
    const char* q = s;
    bool neg = false;
    if (at(q) == '-') {
      neg = true;
      q++;
    } else if (at(q) == '+') {
      q++;
    }
    auto ci_prefix = [&](const char* p, const char* lit) {
      for (; *lit; ++lit, ++p) {
        char c = at(p);
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c != *lit) return false;
      }
      return true;
    };
    if (ci_prefix(q, "inf")) {
      q += 3;
      if (ci_prefix(q, "inity")) q += 5;
      x = neg ? -HUGE_VAL : HUGE_VAL;
      s = q;
      goto finished;
    }
    if (ci_prefix(q, "nan")) {
      x = std::copysign(NAN, neg ? -1.0 : 1.0);
      s = q + 3;
      goto finished;
    }
  }
  if (at(s) == '-') {
    s++;
    negate = true;
  } else if (at(s) == '+') {
    s++;
  }
  s_store = s;
  if (at(s) == '0') {
    s++;
    if (at(s) == 'x' || at(s) == 'X')
      s++;
    else
      s = s_store;
  }
  coeff_start = s;
  while (hex_from_char(at(s)) >= 0) s++;
  s_store = s;
  if (at(s) == '.') {
    s++;
    while (hex_from_char(at(s)) >= 0) s++;
    coeff_end = s - 1;
  } else {
    coeff_end = s;
  }
  ndigits = coeff_end - coeff_start;
  fdigits = coeff_end - s_store;
  if (ndigits == 0) goto parse_error;
  if (ndigits > std::min<long>(DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2, LONG_MAX / 2 + 1 - DBL_MAX_EXP) / 4)
    raise_value_error("hexadecimal string too long to convert");
  if (at(s) == 'p' || at(s) == 'P') {
    s++;
    exp_start = s;
    if (at(s) == '-' || at(s) == '+') s++;
    if (!(at(s) >= '0' && at(s) <= '9')) goto parse_error;
    s++;
    while (at(s) >= '0' && at(s) <= '9') s++;
    {
      std::string e(exp_start, s);
      errno = 0;
      exp = std::strtol(e.c_str(), nullptr, 10);
    }
  } else {
    exp = 0;
  }
#define HEX_DIGIT(j) hex_from_char(*((j) < fdigits ? coeff_end - (j) : coeff_end - 1 - (j)))
  while (ndigits > 0 && HEX_DIGIT(ndigits - 1) == 0) ndigits--;
  if (ndigits == 0 || exp < LONG_MIN / 2) {
    x = 0.0;
    goto finished;
  }
  if (exp > LONG_MAX / 2) goto overflow_error;
  exp = exp - 4 * static_cast<long>(fdigits);
  top_exp = exp + 4 * (static_cast<long>(ndigits) - 1);
  for (digit = HEX_DIGIT(ndigits - 1); digit != 0; digit /= 2) top_exp++;
  if (top_exp < DBL_MIN_EXP - DBL_MANT_DIG) {
    x = 0.0;
    goto finished;
  }
  if (top_exp > DBL_MAX_EXP) goto overflow_error;
  lsb = std::max(top_exp, static_cast<long>(DBL_MIN_EXP)) - DBL_MANT_DIG;
  x = 0.0;
  if (exp >= lsb) {
    for (i = ndigits - 1; i >= 0; i--) x = 16.0 * x + HEX_DIGIT(i);
    x = std::ldexp(x, static_cast<int>(exp));
    goto finished;
  }
  half_eps = 1 << static_cast<int>((lsb - exp - 1) % 4);
  key_digit = (lsb - exp - 1) / 4;
  for (i = ndigits - 1; i > key_digit; i--) x = 16.0 * x + HEX_DIGIT(i);
  digit = HEX_DIGIT(key_digit);
  x = 16.0 * x + static_cast<double>(digit & (16 - 2 * half_eps));
  if ((digit & half_eps) != 0) {
    round_up = 0;
    if ((digit & (3 * half_eps - 1)) != 0 ||
        (half_eps == 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) != 0))
      round_up = 1;
    else
      for (i = key_digit - 1; i >= 0; i--)
        if (HEX_DIGIT(i) != 0) {
          round_up = 1;
          break;
        }
    if (round_up) {
      x += 2 * half_eps;
      if (top_exp == DBL_MAX_EXP && x == std::ldexp(static_cast<double>(2 * half_eps), DBL_MANT_DIG))
        goto overflow_error;
    }
  }
  x = std::ldexp(x, static_cast<int>(exp + 4 * key_digit));
#undef HEX_DIGIT
finished:
  while (ascii_space(at(s))) s++;
  if (s != s_end) goto parse_error;
  {
    Object* result = float_new(negate ? -x : x);
    if (type != &Float_Type) return call1(type, result);
    return result;
  }
overflow_error:
  raise_overflow_error("hexadecimal value too large to represent as a float");
parse_error:
  raise_value_error("invalid hexadecimal floating-point string");
}

Object* float_m_getformat(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("float.__getformat__", kwnames);
  check_nargs("float.__getformat__", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("__getformat__() argument must be str, not %s", type_name(args[0]));
  auto* s = static_cast<StrObject*>(args[0]);
  if (!str_eq_cstr(s, "double") && !str_eq_cstr(s, "float"))
    raise_value_error("__getformat__() argument 1 must be 'double' or 'float'");
  return str_from_cstr("IEEE, little-endian");
}

// round(x, ndigits) for finite x, like CPython's double_round (correctly rounded decimal
// rounding, ties to even on the exact binary value).
Object* double_round(double x, int ndigits) {
  double rounded;
  if (ndigits >= 0) {
    int n = std::snprintf(nullptr, 0, "%.*f", ndigits, x);
    std::string buf(n + 1, '\0');
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-truncation"
    std::snprintf(buf.data(), buf.size(), "%.*f", ndigits, x);
#pragma GCC diagnostic pop
    rounded = strtod_l(buf.c_str(), nullptr, c_locale());
  } else {
    int k = -ndigits;
    int e;
    double m = std::frexp(std::fabs(x), &e);
    uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
    long E = e - 53;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, nullptr);
    mpz_set_ui(num, mant);
    mpz_ui_pow_ui(den, 10, k);
    if (E >= 0)
      mpz_mul_2exp(num, num, E);
    else
      mpz_mul_2exp(den, den, -E);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    if (mpz_sgn(q) == 0) {
      rounded = 0.0;
    } else {
      std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
      mpz_get_str(text.data(), 10, q);
      text.resize(std::strlen(text.c_str()));
      text += 'e';
      text += std::to_string(k);
      rounded = strtod_l(text.c_str(), nullptr, c_locale());
    }
    mpz_clears(num, den, q, r, nullptr);
    rounded = std::copysign(rounded, x);
    if (std::isinf(rounded)) raise_overflow_error("rounded value too large to represent");
  }
  return float_new(rounded);
}

Object* float_m_round(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__round__", kwnames);
  check_nargs("__round__", nargs, 0, 1);
  double x = float_value(self);
  if (nargs == 0 || args[0] == Py_None) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return int_from_double(rounded);
  }
  Object* nd = number_index(args[0]);
  intptr_t ndigits;
  if (!int_to_intptr(nd, &ndigits)) ndigits = int_sign(nd) < 0 ? INTPTR_MIN : INTPTR_MAX;
  if (!std::isfinite(x)) return float_new(x);
  constexpr intptr_t NDIGITS_MAX = static_cast<int>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr intptr_t NDIGITS_MIN = -static_cast<int>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > NDIGITS_MAX) return float_new(x);
  if (ndigits < NDIGITS_MIN) return float_new(0.0 * x);
  return double_round(x, static_cast<int>(ndigits));
}

Object* float_m_format(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("__format__() argument must be str, not %s", type_name(args[0]));
  return format_float(float_value(self), static_cast<StrObject*>(args[0]), self);
}

Object* float_get_real(Object* self) { return float_float_slot(self); }
Object* float_get_imag(Object*) { return float_new(0.0); }

const MethodDef float_methods[] = {
    {"conjugate", float_m_conjugate, METH_DEFAULT, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_m_trunc, METH_DEFAULT, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_m_floor, METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", float_m_ceil, METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__round__", float_m_round, METH_DEFAULT, "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", float_m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"fromhex", float_m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", float_m_hex, METH_DEFAULT, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_m_is_integer, METH_DEFAULT, "Return True if the float is an integer."},
    {"__getnewargs__", float_m_getnewargs, METH_DEFAULT, nullptr},
    {"__getformat__", float_m_getformat, METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_m_format, METH_DEFAULT, "Formats the float according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef float_getset[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_float_type() {
  TypeObject* t = &Float_Type;
  t->tp_name = "float";
  t->tp_basicsize = sizeof(FloatObject);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_FLOAT_SUBCLASS | TPFLAGS_IMMUTABLETYPE;
  t->tp_doc = "Convert a string or number to a floating point number, if possible.";
  t->tp_methods = float_methods;
  t->tp_getset = float_getset;
  t->tp_repr = float_repr;
  t->tp_hash = float_hash;
  t->tp_richcompare = float_richcompare;
  t->tp_new = float_tp_new;
  t->nb_add = float_add;
  t->nb_subtract = float_sub;
  t->nb_multiply = float_mul;
  t->nb_true_divide = float_div;
  t->nb_floor_divide = float_floordiv;
  t->nb_remainder = float_rem;
  t->nb_divmod = float_divmod;
  t->nb_power = float_pow;
  t->nb_negative = float_neg;
  t->nb_positive = float_pos;
  t->nb_absolute = float_abs;
  t->nb_bool = float_bool;
  t->nb_int = float_trunc_slot;
  t->nb_float = float_float_slot;
}

}  // namespace slotpy
