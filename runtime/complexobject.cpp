// complex: pairs of doubles with CPython 3.11 semantics (Objects/complexobject.c).
#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstring>
#include <locale.h>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/format_spec.h"
#include "runtime/intobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Complex_Type;

Object* complex_new(double real, double imag) {
  auto* o = static_cast<ComplexObject*>(gc_alloc_atomic(sizeof(ComplexObject)));
  o->ob_type = &Complex_Type;
  o->real = real;
  o->imag = imag;
  return o;
}

namespace {

struct Cx {
  double real, imag;
};

inline bool is_complex(Object* o) {
  return !is_small_int(o) && (o->ob_type == &Complex_Type || is_subtype(o->ob_type, &Complex_Type));
}
inline Cx cval(Object* o) {
  auto* c = static_cast<ComplexObject*>(o);
  return {c->real, c->imag};
}

bool to_complex(Object* o, Cx* c) {
  if (is_complex(o)) {
    *c = cval(o);
    return true;
  }
  if (is_int(o)) {
    *c = {int_as_double(o), 0.0};
    return true;
  }
  if (is_float(o)) {
    *c = {float_value(o), 0.0};
    return true;
  }
  return false;
}

Cx c_sum(Cx a, Cx b) { return {a.real + b.real, a.imag + b.imag}; }
Cx c_diff(Cx a, Cx b) { return {a.real - b.real, a.imag - b.imag}; }
Cx c_prod(Cx a, Cx b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

Cx c_quot(Cx a, Cx b) {
  Cx r;
  const double abs_breal = b.real < 0 ? -b.real : b.real;
  const double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      r.real = r.imag = 0.0;
    } else {
      const double ratio = b.imag / b.real;
      const double denom = b.real + b.imag * ratio;
      r.real = (a.real + a.imag * ratio) / denom;
      r.imag = (a.imag - a.real * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.real / b.imag;
    const double denom = b.real * ratio + b.imag;
    r.real = (a.real * ratio + a.imag) / denom;
    r.imag = (a.imag * ratio - a.real) / denom;
  } else {
    r.real = r.imag = NAN;
  }
  return r;
}

Cx c_pow(Cx a, Cx b) {
  Cx r;
  if (b.real == 0. && b.imag == 0.) {
    r = {1., 0.};
  } else if (a.real == 0. && a.imag == 0.) {
    if (b.imag != 0. || b.real < 0.) errno = EDOM;
    r = {0., 0.};
  } else {
    double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= std::exp(at * b.imag);
      phase += b.imag * std::log(vabs);
    }
    r.real = len * std::cos(phase);
    r.imag = len * std::sin(phase);
  }
  return r;
}

Cx c_powu(Cx x, long n) {
  Cx r = {1., 0.}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Cx c_powi(Cx x, long n) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1., 0.}, c_powu(x, -n));
}

double c_abs(Cx z) {
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    errno = 0;
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return NAN;
  }
  double result = std::hypot(z.real, z.imag);
  errno = std::isfinite(result) ? 0 : ERANGE;
  return result;
}

Object* complex_repr(Object* o) {
  Cx c = cval(o);
  std::string s;
  if (c.real == 0. && std::copysign(1.0, c.real) == 1.0) {
    s = double_to_string(c.imag, 'r', 0, 0);
    s += 'j';
  } else {
    s = '(';
    s += double_to_string(c.real, 'r', 0, 0);
    s += double_to_string(c.imag, 'r', 0, DTSF_SIGN);
    s += "j)";
  }
  return str_from_utf8(s.data(), s.size());
}

intptr_t complex_hash(Object* o) {
  Cx c = cval(o);
  uint64_t hashreal = static_cast<uint64_t>(std::isnan(c.real) ? float_nan_hash(o) : double_hash(c.real));
  uint64_t hashimag = static_cast<uint64_t>(std::isnan(c.imag) ? float_nan_hash(o) : double_hash(c.imag));
  uint64_t combined = hashreal + 1000003ULL * hashimag;
  if (combined == static_cast<uint64_t>(-1)) combined = static_cast<uint64_t>(-2);
  return static_cast<intptr_t>(combined);
}

Object* complex_richcompare(Object* v, Object* w, int op) {
  if (op != CMP_EQ && op != CMP_NE) return Py_NotImplemented;
  if (!is_complex(v)) std::swap(v, w);
  if (!is_complex(v)) return Py_NotImplemented;
  Cx i = cval(v);
  bool equal;
  if (is_int(w)) {
    equal = i.imag == 0.0 && compare_int_double(w, i.real) == 0;
  } else if (is_float(w)) {
    equal = i.real == float_value(w) && i.imag == 0.0;
  } else if (is_complex(w)) {
    Cx j = cval(w);
    equal = i.real == j.real && i.imag == j.imag;
  } else {
    return Py_NotImplemented;
  }
  return py_bool(equal == (op == CMP_EQ));
}

Object* complex_add(Object* v, Object* w) {
  Cx a, b;
  if (!to_complex(v, &a) || !to_complex(w, &b)) return Py_NotImplemented;
  Cx r = c_sum(a, b);
  return complex_new(r.real, r.imag);
}

Object* complex_sub(Object* v, Object* w) {
  Cx a, b;
  if (!to_complex(v, &a) || !to_complex(w, &b)) return Py_NotImplemented;
  Cx r = c_diff(a, b);
  return complex_new(r.real, r.imag);
}

Object* complex_mul(Object* v, Object* w) {
  Cx a, b;
  if (!to_complex(v, &a) || !to_complex(w, &b)) return Py_NotImplemented;
  Cx r = c_prod(a, b);
  return complex_new(r.real, r.imag);
}

Object* complex_div(Object* v, Object* w) {
  Cx a, b;
  if (!to_complex(v, &a) || !to_complex(w, &b)) return Py_NotImplemented;
  errno = 0;
  Cx r = c_quot(a, b);
  if (errno == EDOM) raise_zero_division("complex division by zero");
  return complex_new(r.real, r.imag);
}

Object* complex_pow(Object* v, Object* w, Object* z) {
  Cx a, b;
  if (!to_complex(v, &a) || !to_complex(w, &b)) return Py_NotImplemented;
  if (z && z != Py_None) raise_value_error("complex modulo");
  errno = 0;
  Cx p;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0)
    p = c_powi(a, static_cast<long>(b.real));
  else
    p = c_pow(a, b);
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) raise_zero_division("0.0 to a negative or complex power");
  if (errno == ERANGE) raise_overflow_error("complex exponentiation");
  return complex_new(p.real, p.imag);
}

Object* complex_neg(Object* o) {
  Cx c = cval(o);
  return complex_new(-c.real, -c.imag);
}

Object* complex_pos(Object* o) {
  if (o->ob_type == &Complex_Type) return o;
  Cx c = cval(o);
  return complex_new(c.real, c.imag);
}

Object* complex_abs(Object* o) {
  double r = c_abs(cval(o));
  if (errno == ERANGE) raise_overflow_error("absolute value too large");
  return float_new(r);
}

int complex_bool(Object* o) {
  Cx c = cval(o);
  return c.real != 0.0 || c.imag != 0.0;
}

// ---- construction from a string ---------------------------------------------------------------

inline bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

locale_t c_locale() {
  static locale_t loc = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(0));
  return loc;
}

bool ci_prefix(const char* p, const char* end, const char* lit) {
  for (; *lit; ++lit, ++p) {
    if (p >= end) return false;
    char c = *p;
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != *lit) return false;
  }
  return true;
}

// PyOS_string_to_double(s, &end, NULL): the longest float prefix; *endp == s when none.
double string_to_double_prefix(const char* s, const char* end, const char** endp) {
  const char* p = s;
  bool neg = false;
  if (p < end && (*p == '+' || *p == '-')) {
    neg = *p == '-';
    ++p;
  }
  const char* q = p;
  size_t nd = 0;
  while (q < end && ascii_digit(*q)) ++q, ++nd;
  if (q < end && *q == '.') {
    ++q;
    while (q < end && ascii_digit(*q)) ++q, ++nd;
  }
  if (nd > 0) {
    if (q < end && (*q == 'e' || *q == 'E')) {
      const char* e = q + 1;
      if (e < end && (*e == '+' || *e == '-')) ++e;
      const char* ds = e;
      while (e < end && ascii_digit(*e)) ++e;
      if (e > ds) q = e;
    }
    std::string text(s, q);
    *endp = q;
    return strtod_l(text.c_str(), nullptr, c_locale());
  }
  if (ci_prefix(p, end, "inf")) {
    p += 3;
    if (ci_prefix(p, end, "inity")) p += 5;
    *endp = p;
    return neg ? -HUGE_VAL : HUGE_VAL;
  }
  if (ci_prefix(p, end, "nan")) {
    *endp = p + 3;
    return std::copysign(NAN, neg ? -1.0 : 1.0);
  }
  *endp = s;
  return -1.0;
}

bool complex_from_ascii(const char* s, size_t len, double* xr, double* yr) {
  const char* start = s;
  const char* end = s + len;
  double x = 0.0, y = 0.0, z;
  bool got_bracket = false;
  const char* e;
  auto at = [&](const char* p) -> char { return p < end ? *p : '\0'; };
  while (ascii_space(at(s))) s++;
  if (at(s) == '(') {
    got_bracket = true;
    s++;
    while (ascii_space(at(s))) s++;
  }
  z = string_to_double_prefix(s, end, &e);
  if (e != s) {
    s = e;
    if (at(s) == '+' || at(s) == '-') {
      x = z;
      y = string_to_double_prefix(s, end, &e);
      if (e != s) {
        s = e;
      } else {
        y = at(s) == '+' ? 1.0 : -1.0;
        s++;
      }
      if (!(at(s) == 'j' || at(s) == 'J')) return false;
      s++;
    } else if (at(s) == 'j' || at(s) == 'J') {
      s++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(s) == '+' || at(s) == '-') {
      y = at(s) == '+' ? 1.0 : -1.0;
      s++;
    } else {
      y = 1.0;
    }
    if (!(at(s) == 'j' || at(s) == 'J')) return false;
    s++;
  }
  while (ascii_space(at(s))) s++;
  if (got_bracket) {
    if (at(s) != ')') return false;
    s++;
    while (ascii_space(at(s))) s++;
  }
  if (static_cast<size_t>(s - start) != len) return false;
  *xr = x;
  *yr = y;
  return true;
}

Object* complex_alloc(TypeObject* type, double re, double im) {
  if (type == &Complex_Type) return complex_new(re, im);
  auto* o = static_cast<ComplexObject*>(type_alloc(type));
  o->real = re;
  o->imag = im;
  return o;
}

Object* complex_from_string(TypeObject* type, Object* v) {
  auto* str = static_cast<StrObject*>(v);
  std::string s = str->ascii ? std::string(static_cast<const char*>(str->data), str->length)
                             : int_str_to_ascii(str);
  if (s.find('_') != std::string::npos) {
    std::string dup;
    char prev = 0;
    bool bad = false;
    for (char c : s) {
      if (c == '_') {
        if (!ascii_digit(prev)) bad = true;
      } else {
        dup += c;
        if (prev == '_' && !ascii_digit(c)) bad = true;
      }
      prev = c;
    }
    if (prev == '_') bad = true;
    if (bad) raise_value_error("could not convert string to complex: %s", repr_cstr(v));
    s = dup;
  }
  double x, y;
  if (std::memchr(s.data(), '\0', s.size()) || !complex_from_ascii(s.data(), s.size(), &x, &y))
    raise_value_error("complex() arg is a malformed string");
  return complex_alloc(type, x, y);
}

Object* call_special(Object* o, const char* name) {
  Object* f = type_lookup(type_of(o), intern(name));
  if (!f) return nullptr;
  TypeObject* ft = type_of(f);
  if (ft->tp_descr_get) return call0(ft->tp_descr_get(f, o, type_of(o)));
  return call1(f, o);
}

bool has_number_protocol(Object* o) {
  TypeObject* t = type_of(o);
  if (t->nb_float || t->nb_index || is_complex(o)) return true;
  if (type_has(t, TPFLAGS_HEAPTYPE))
    return type_lookup(t, intern("__float__")) || type_lookup(t, intern("__index__"));
  return false;
}

Object* complex_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"real", "imag"};
  Object* a[2];
  parse_args("complex", args, nargs, kwnames, names, 2, 0, 0, 2, a);
  Object* r = a[0] ? a[0] : make_small_int(0);
  Object* i = a[1];
  if (!i && type == &Complex_Type && type_of(r) == &Complex_Type) return r;
  if (is_str(r)) {
    if (i) raise_type_error("complex() can't take second arg if first is a string");
    return complex_from_string(type, r);
  }
  if (i && is_str(i)) raise_type_error("complex() second arg can't be a string");
  if (!is_complex(r)) {
    if (Object* tmp = call_special(r, "__complex__")) {
      if (!is_complex(tmp))
        raise_type_error("__complex__ returned non-complex (type %.200s)", type_name(tmp));
      r = tmp;
    }
  }
  if (!has_number_protocol(r))
    raise_type_error("complex() first argument must be a string or a number, not '%.200s'",
                     type_name(r));
  if (i && !has_number_protocol(i))
    raise_type_error("complex() second argument must be a number, not '%.200s'", type_name(i));
  Cx cr, ci = {0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(r)) {
    cr = cval(r);
    cr_is_complex = true;
  } else {
    cr = {float_value(float_from_object(r)), 0.0};
  }
  if (!i) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = cval(i);
    ci_is_complex = true;
  } else {
    ci.real = float_value(float_from_object(i));
  }
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && i) ci.real += cr.imag;
  return complex_alloc(type, cr.real, ci.real);
}

// ---- methods ---------------------------------------------------------------------------------

#define NOARGS(qualname)              \
  check_no_kwargs(qualname, kwnames); \
  check_nargs(qualname, nargs, 0, 0); \
  (void)args

Object* complex_m_conjugate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("complex.conjugate");
  Cx c = cval(self);
  return complex_new(c.real, -c.imag);
}

Object* complex_m_getnewargs(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("complex.__getnewargs__");
  Cx c = cval(self);
  return tuple_pack({float_new(c.real), float_new(c.imag)});
}

Object* complex_m_complex(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  NOARGS("complex.__complex__");
  return complex_pos(self);
}

Object* complex_m_format(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("__format__() argument must be str, not %s", type_name(args[0]));
  Cx c = cval(self);
  return format_complex(c.real, c.imag, static_cast<StrObject*>(args[0]), self);
}

Object* complex_get_real(Object* self) { return float_new(cval(self).real); }
Object* complex_get_imag(Object* self) { return float_new(cval(self).imag); }

const MethodDef complex_methods[] = {
    {"conjugate", complex_m_conjugate, METH_DEFAULT, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_m_complex, METH_DEFAULT, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_m_getnewargs, METH_DEFAULT, nullptr},
    {"__format__", complex_m_format, METH_DEFAULT, "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef complex_getset[] = {
    {"real", complex_get_real, nullptr, "the real part of a complex number"},
    {"imag", complex_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_complex_type() {
  TypeObject* t = &Complex_Type;
  t->tp_name = "complex";
  t->tp_basicsize = sizeof(ComplexObject);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_IMMUTABLETYPE;
  t->tp_doc =
      "Create a complex number from a real part and an optional imaginary part.\n\n"
      "This is equivalent to (real + imag*1j) where imag defaults to 0.";
  t->tp_methods = complex_methods;
  t->tp_getset = complex_getset;
  t->tp_repr = complex_repr;
  t->tp_hash = complex_hash;
  t->tp_richcompare = complex_richcompare;
  t->tp_new = complex_tp_new;
  t->nb_add = complex_add;
  t->nb_subtract = complex_sub;
  t->nb_multiply = complex_mul;
  t->nb_true_divide = complex_div;
  t->nb_power = complex_pow;
  t->nb_negative = complex_neg;
  t->nb_positive = complex_pos;
  t->nb_absolute = complex_abs;
  t->nb_bool = complex_bool;
}

}  // namespace slotpy
