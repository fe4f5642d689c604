// The math module, following CPython 3.11's Modules/mathmodule.c (special values, errno-based
// error mapping, the Lanczos gamma, the accurate hypot/dist vector norm, Shewchuk's fsum).
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;
constexpr double kE = 2.718281828459045235360287471352662497757;
constexpr double kTau = 6.283185307179586476925286766559005768394;

// ---- argument checks (CPython's METH_O / _PyArg_CheckPositional / no-keywords messages) -----

void meth_o(const char* name, size_t nargs, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("math.%s() takes no keyword arguments", name);
  if (nargs != 1) raise_type_error("math.%s() takes exactly one argument (%zu given)", name, nargs);
}

void fastcall(const char* name, size_t nargs, TupleObject* kwnames, size_t min, size_t max) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("math.%s() takes no keyword arguments", name);
  if (nargs < min)
    raise_type_error("%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ",
                     min, min == 1 ? "" : "s", nargs);
  if (nargs > max)
    raise_type_error("%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ",
                     max, max == 1 ? "" : "s", nargs);
}

inline double to_double(Object* o) {
  if (is_float(o)) return float_value(o);
  if (is_small_int(o)) return static_cast<double>(small_int_value(o));
  return as_double(o);
}

[[noreturn]] void domain_error() { raise_value_error("math domain error"); }
[[noreturn]] void range_error() { raise_overflow_error("math range error"); }

// is_error: errno != 0 on entry. Returns false when the error is to be ignored (underflow).
bool is_error(double x) {
  if (errno == EDOM) domain_error();
  if (errno == ERANGE) {
    if (std::fabs(x) < 1.5) return false;
    range_error();
  }
  domain_error();
}

Object* math_1(Object* arg, double (*func)(double), bool can_overflow) {
  double x = to_double(arg);
  errno = 0;
  double r = func(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  if (std::isfinite(r) && errno) is_error(r);
  return float_new(r);
}

Object* math_1a(Object* arg, double (*func)(double)) {
  double x = to_double(arg);
  errno = 0;
  double r = func(x);
  if (errno) is_error(r);
  return float_new(r);
}

Object* math_2(Object* const* args, double (*func)(double, double)) {
  double x = to_double(args[0]);
  double y = to_double(args[1]);
  errno = 0;
  double r = func(x, y);
  if (std::isnan(r)) {
    errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  } else if (std::isinf(r)) {
    errno = (std::isfinite(x) && std::isfinite(y)) ? ERANGE : 0;
  }
  if (errno) is_error(r);
  return float_new(r);
}

// ---- special functions ---------------------------------------------------------------------

double m_sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

constexpr int LANCZOS_N = 13;
constexpr double lanczos_g = 6.024680040776729583740234375;
constexpr double lanczos_g_minus_half = 5.524680040776729583740234375;
constexpr double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
constexpr int NGAMMA_INTEGRAL = 23;
constexpr double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = LANCZOS_N; --i >= 0;) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (int i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}

double m_tgamma(double x) {
  double absx, r, y, z, sqrtpow;
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= NGAMMA_INTEGRAL) return gamma_integral[static_cast<int>(x) - 1];
  }
  absx = std::fabs(x);
  if (absx < 1e-20) {
    r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  y = absx + lanczos_g_minus_half;
  if (absx > lanczos_g_minus_half) {
    double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  if (x < 0.0) {
    r = -kPi / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double m_lgamma(double x) {
  double r, absx;
  if (!std::isfinite(x)) {
    if (std::isnan(x)) return x;
    return HUGE_VAL;
  }
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  r = std::log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (std::log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }

double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      if (std::copysign(1., x) == 1.) return std::copysign(0.25 * kPi, y);
      return std::copysign(0.75 * kPi, y);
    }
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.) {
    if (std::copysign(1., x) == 1.) return std::copysign(0., y);
    return std::copysign(kPi, y);
  }
  return std::atan2(y, x);
}

double m_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    double c = absy - m;
    double r;
    if (m < c)
      r = m;
    else if (m > c)
      r = -c;
    else
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    errno = EDOM;
    if (x == 0.0) return -HUGE_VAL;
    return NAN;
  }
  if (std::isnan(x)) return x;
  if (x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double m_log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x)) return x;
    if (x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  errno = EDOM;
  if (x == 0.0) return -HUGE_VAL;
  return NAN;
}

double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    errno = EDOM;
    if (x == 0.0) return -HUGE_VAL;
    return NAN;
  }
  if (std::isnan(x)) return x;
  if (x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double m_log1p(double x) {
  if (x == 0.0) return x;
  return std::log1p(x);
}

#define FN(name) Object* math_##name(Object*, Object* const* args, size_t nargs, TupleObject* kwnames)

#define FUNC1(name, func, can_overflow)         \
  FN(name) {                                    \
    meth_o(#name, nargs, kwnames);              \
    return math_1(args[0], func, can_overflow); \
  }
#define FUNC1A(name, func)              \
  FN(name) {                            \
    meth_o(#name, nargs, kwnames);      \
    return math_1a(args[0], func);      \
  }
#define FUNC2(name, func)                   \
  FN(name) {                                \
    fastcall(#name, nargs, kwnames, 2, 2);  \
    return math_2(args, func);              \
  }

double d_acos(double x) { return std::acos(x); }
double d_acosh(double x) { return std::acosh(x); }
double d_asin(double x) { return std::asin(x); }
double d_asinh(double x) { return std::asinh(x); }
double d_atan(double x) { return std::atan(x); }
double d_atanh(double x) { return std::atanh(x); }
double d_cbrt(double x) { return std::cbrt(x); }
double d_cos(double x) { return std::cos(x); }
double d_cosh(double x) { return std::cosh(x); }
double d_exp(double x) { return std::exp(x); }
double d_exp2(double x) { return std::exp2(x); }
double d_expm1(double x) { return std::expm1(x); }
double d_fabs(double x) { return std::fabs(x); }
double d_sin(double x) { return std::sin(x); }
double d_sinh(double x) { return std::sinh(x); }
double d_sqrt(double x) { return std::sqrt(x); }
double d_tan(double x) { return std::tan(x); }
double d_tanh(double x) { return std::tanh(x); }
double d_copysign(double x, double y) { return std::copysign(x, y); }

FUNC1(acos, d_acos, false)
FUNC1(acosh, d_acosh, false)
FUNC1(asin, d_asin, false)
FUNC1(asinh, d_asinh, false)
FUNC1(atan, d_atan, false)
FUNC2(atan2, m_atan2)
FUNC1(atanh, d_atanh, false)
FUNC1(cbrt, d_cbrt, false)
FUNC2(copysign, d_copysign)
FUNC1(cos, d_cos, false)
FUNC1(cosh, d_cosh, true)
FUNC1A(erf, m_erf)
FUNC1A(erfc, m_erfc)
FUNC1(exp, d_exp, true)
FUNC1(exp2, d_exp2, true)
FUNC1(expm1, d_expm1, true)
FUNC1(fabs, d_fabs, false)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC1(log1p, m_log1p, false)
FUNC2(remainder, m_remainder)
FUNC1(sin, d_sin, false)
FUNC1(sinh, d_sinh, true)
FUNC1(sqrt, d_sqrt, false)
FUNC1(tan, d_tan, false)
FUNC1(tanh, d_tanh, false)

// Looks up a special method on the type and calls it bound to o; nullptr when the type has none.
Object* call_special(Object* o, const char* name) {
  Object* f = type_lookup(type_of(o), intern(name));
  if (!f) return nullptr;
  TypeObject* ft = type_of(f);
  if (ft->tp_descr_get) return call0(ft->tp_descr_get(f, o, type_of(o)));
  return call1(f, o);
}

FN(ceil) {
  meth_o("ceil", nargs, kwnames);
  Object* x = args[0];
  if (is_float_exact(x)) return int_from_double(std::ceil(float_value(x)));
  if (is_int_exact(x)) return x;
  if (Object* r = call_special(x, "__ceil__")) return r;
  return int_from_double(std::ceil(as_double(x)));
}

FN(floor) {
  meth_o("floor", nargs, kwnames);
  Object* x = args[0];
  if (is_float_exact(x)) return int_from_double(std::floor(float_value(x)));
  if (is_int_exact(x)) return x;
  if (Object* r = call_special(x, "__floor__")) return r;
  return int_from_double(std::floor(as_double(x)));
}

FN(trunc) {
  meth_o("trunc", nargs, kwnames);
  Object* x = args[0];
  if (is_float_exact(x)) return int_from_double(float_value(x));
  if (is_int_exact(x)) return x;
  if (Object* r = call_special(x, "__trunc__")) return r;
  raise_type_error("type %.100s doesn't define __trunc__ method", type_name(x));
}

// ---- fsum ----------------------------------------------------------------------------------

FN(fsum) {
  meth_o("fsum", nargs, kwnames);
  Object* iter = get_iter(args[0]);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  volatile double hi, yr, lo = 0.0;
  while (Object* item = iter_next(iter)) {
    double x = to_double(item);
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) raise_overflow_error("intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return float_new(special_sum);
  }
  hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_new(hi);
}

// ---- integer functions ---------------------------------------------------------------------

FN(factorial) {
  meth_o("factorial", nargs, kwnames);
  Object* n = number_index(args[0]);
  intptr_t x;
  if (!int_to_intptr(n, &x)) {
    if (int_sign(n) > 0) raise_overflow_error("factorial() argument should not exceed %ld", LONG_MAX);
    raise_value_error("factorial() not defined for negative values");
  }
  if (x < 0) raise_value_error("factorial() not defined for negative values");
  if (x <= 20) {
    uint64_t r = 1;
    for (intptr_t i = 2; i <= x; ++i) r *= static_cast<uint64_t>(i);
    return int_from_uint64(r);
  }
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(x));
  Object* res = int_from_mpz(r);
  mpz_clear(r);
  return res;
}

FN(gcd) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("math.gcd() takes no keyword arguments");
  if (nargs == 0) return make_small_int(0);
  Object* res = number_index(args[0]);
  if (nargs == 1) return int_abs(res);
  for (size_t i = 1; i < nargs; ++i) {
    Object* x = number_index(args[i]);
    if (res == make_small_int(1)) continue;
    res = int_gcd(res, x);
  }
  return res;
}

FN(lcm) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("math.lcm() takes no keyword arguments");
  if (nargs == 0) return make_small_int(1);
  Object* res = number_index(args[0]);
  if (nargs == 1) return int_abs(res);
  for (size_t i = 1; i < nargs; ++i) {
    Object* x = number_index(args[i]);
    if (res == make_small_int(0)) continue;
    if (int_is_zero(x)) {
      res = make_small_int(0);
      continue;
    }
    Object* g = int_gcd(res, x);
    res = int_abs(int_mul(int_floordiv(res, g), x));
  }
  return res;
}

FN(isqrt) {
  meth_o("isqrt", nargs, kwnames);
  Object* n = number_index(args[0]);
  int s = int_sign(n);
  if (s < 0) raise_value_error("isqrt() argument must be nonnegative");
  if (s == 0) return make_small_int(0);
  IntMpzView v(n);
  mpz_t r;
  mpz_init(r);
  mpz_sqrt(r, v.get());
  Object* res = int_from_mpz(r);
  mpz_clear(r);
  return res;
}

// product n * (n-1) * ... * (n-k+1) by binary splitting
void falling_product(mpz_t out, mpz_srcptr n, unsigned long k) {
  if (k == 0) {
    mpz_set_ui(out, 1);
    return;
  }
  if (k <= 16) {
    mpz_set(out, n);
    mpz_t t;
    mpz_init(t);
    for (unsigned long i = 1; i < k; ++i) {
      mpz_sub_ui(t, n, i);
      mpz_mul(out, out, t);
    }
    mpz_clear(t);
    return;
  }
  unsigned long j = k / 2;
  mpz_t a, b, n2;
  mpz_inits(a, b, n2, nullptr);
  falling_product(a, n, j);
  mpz_sub_ui(n2, n, j);
  falling_product(b, n2, k - j);
  mpz_mul(out, a, b);
  mpz_clears(a, b, n2, nullptr);
}

FN(perm) {
  fastcall("perm", nargs, kwnames, 1, 2);
  if (nargs == 1 || args[1] == Py_None) return math_factorial(nullptr, args, 1, nullptr);
  Object* n = number_index(args[0]);
  Object* k = number_index(args[1]);
  if (int_sign(n) < 0) raise_value_error("n must be a non-negative integer");
  if (int_sign(k) < 0) raise_value_error("k must be a non-negative integer");
  if (int_compare(n, k) < 0) return make_small_int(0);
  intptr_t ki;
  if (!int_to_intptr(k, &ki)) raise_overflow_error("k must not exceed %lld", LLONG_MAX);
  IntMpzView nv(n);
  mpz_t r;
  mpz_init(r);
  falling_product(r, nv.get(), static_cast<unsigned long>(ki));
  Object* res = int_from_mpz(r);
  mpz_clear(r);
  return res;
}

FN(comb) {
  fastcall("comb", nargs, kwnames, 2, 2);
  Object* n = number_index(args[0]);
  Object* k = number_index(args[1]);
  if (int_sign(n) < 0) raise_value_error("n must be a non-negative integer");
  if (int_sign(k) < 0) raise_value_error("k must be a non-negative integer");
  Object* nk = int_sub(n, k);
  if (int_sign(nk) < 0) return make_small_int(0);
  if (int_compare(nk, k) < 0) k = nk;
  intptr_t ki;
  if (!int_to_intptr(k, &ki)) raise_overflow_error("min(n - k, k) must not exceed %lld", LLONG_MAX);
  IntMpzView nv(n);
  mpz_t r;
  mpz_init(r);
  mpz_bin_ui(r, nv.get(), static_cast<unsigned long>(ki));
  Object* res = int_from_mpz(r);
  mpz_clear(r);
  return res;
}

// ---- float functions with their own wrappers -------------------------------------------------

FN(frexp) {
  meth_o("frexp", nargs, kwnames);
  double x = to_double(args[0]);
  int i;
  if (std::isnan(x) || std::isinf(x) || !x)
    i = 0;
  else
    x = std::frexp(x, &i);
  return tuple_pack({float_new(x), make_small_int(i)});
}

FN(ldexp) {
  fastcall("ldexp", nargs, kwnames, 2, 2);
  double x = to_double(args[0]);
  Object* i = args[1];
  if (!is_int(i)) raise_type_error("Expected an int as second argument to ldexp.");
  intptr_t exp;
  if (!int_to_intptr(i, &exp)) exp = int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
  double r;
  if (x == 0. || !std::isfinite(x)) {
    r = x;
    errno = 0;
  } else if (exp > INT32_MAX) {
    r = std::copysign(HUGE_VAL, x);
    errno = ERANGE;
  } else if (exp < INT32_MIN) {
    r = std::copysign(0., x);
    errno = 0;
  } else {
    errno = 0;
    r = std::ldexp(x, static_cast<int>(exp));
    if (std::isinf(r)) errno = ERANGE;
  }
  if (errno) is_error(r);
  return float_new(r);
}

FN(modf) {
  meth_o("modf", nargs, kwnames);
  double x = to_double(args[0]);
  if (!std::isfinite(x)) {
    if (std::isinf(x)) return tuple_pack({float_new(std::copysign(0., x)), float_new(x)});
    return tuple_pack({float_new(x), float_new(x)});
  }
  double y;
  x = std::modf(x, &y);
  return tuple_pack({float_new(x), float_new(y)});
}

Object* loghelper(Object* arg, double (*func)(double)) {
  if (is_int(arg)) {
    if (int_sign(arg) <= 0) domain_error();
    intptr_t e;
    double m = int_frexp(arg, &e);
    if (e <= DBL_MAX_EXP) return float_new(func(std::ldexp(m, static_cast<int>(e))));
    return float_new(func(m) + func(2.0) * static_cast<double>(e));
  }
  return math_1(arg, func, false);
}

FN(log) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) raise_type_error("math.log requires 1 to 2 arguments");
  Object* num = loghelper(args[0], m_log);
  if (nargs == 1) return num;
  Object* den = loghelper(args[1], m_log);
  double d = float_value(den);
  if (d == 0.0) raise_zero_division("float division by zero");
  return float_new(float_value(num) / d);
}

FN(log2) {
  meth_o("log2", nargs, kwnames);
  return loghelper(args[0], m_log2);
}

FN(log10) {
  meth_o("log10", nargs, kwnames);
  return loghelper(args[0], m_log10);
}

FN(fmod) {
  fastcall("fmod", nargs, kwnames, 2, 2);
  double x = to_double(args[0]);
  double y = to_double(args[1]);
  if (std::isinf(y) && std::isfinite(x)) return float_new(x);
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r)) errno = (!std::isnan(x) && !std::isnan(y)) ? EDOM : 0;
  if (errno) is_error(r);
  return float_new(r);
}

double vector_norm(size_t n, const double* vec, double max, bool found_nan) {
  const double T27 = 134217729.0;
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int max_e;
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    scale = std::ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
      x = vec[i];
      x *= scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (size_t i = 0; i < n; i++) {
    x = vec[i];
    x /= max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

FN(hypot) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("math.hypot() takes no keyword arguments");
  std::vector<double> coords(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; ++i) {
    double x = std::fabs(to_double(args[i]));
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(vector_norm(nargs, coords.data(), max, found_nan));
}

FN(dist) {
  fastcall("dist", nargs, kwnames, 2, 2);
  Object* p = args[0];
  Object* q = args[1];
  if (!is_tuple(p)) p = tuple_from_iterable(p);
  if (!is_tuple(q)) q = tuple_from_iterable(q);
  intptr_t m = tuple_size(p), n = tuple_size(q);
  if (m != n) raise_value_error("both points must have the same number of dimensions");
  std::vector<double> diffs(n);
  double max = 0.0;
  bool found_nan = false;
  for (intptr_t i = 0; i < n; ++i) {
    double px = to_double(tuple_item(p, i));
    double qx = to_double(tuple_item(q, i));
    double x = std::fabs(px - qx);
    diffs[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(vector_norm(n, diffs.data(), max, found_nan));
}

FN(pow) {
  fastcall("pow", nargs, kwnames, 2, 2);
  double x = to_double(args[0]);
  double y = to_double(args[1]);
  double r = 0.;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    errno = 0;
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.)
        r = odd_y ? x : std::fabs(x);
      else if (y == 0.)
        r = 1.;
      else
        r = odd_y ? std::copysign(0., x) : 0.;
    } else {  // y infinite
      if (std::fabs(x) == 1.0)
        r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0)
        r = y;
      else if (y < 0. && std::fabs(x) < 1.0)
        r = -y;
      else
        r = 0.;
    }
  } else {
    errno = 0;
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r))
        errno = EDOM;
      else if (std::isinf(r))
        errno = x == 0. ? EDOM : ERANGE;
    }
  }
  if (errno) is_error(r);
  return float_new(r);
}

FN(degrees) {
  meth_o("degrees", nargs, kwnames);
  return float_new(to_double(args[0]) * (180.0 / kPi));
}

FN(radians) {
  meth_o("radians", nargs, kwnames);
  return float_new(to_double(args[0]) * (kPi / 180.0));
}

FN(isfinite) {
  meth_o("isfinite", nargs, kwnames);
  return py_bool(std::isfinite(to_double(args[0])));
}

FN(isnan) {
  meth_o("isnan", nargs, kwnames);
  return py_bool(std::isnan(to_double(args[0])));
}

FN(isinf) {
  meth_o("isinf", nargs, kwnames);
  return py_bool(std::isinf(to_double(args[0])));
}

FN(isclose) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  Object* a[4];
  parse_args("isclose", args, nargs, kwnames, names, 4, 2, 0, 2, a);
  double x = to_double(a[0]);
  double y = to_double(a[1]);
  double rel_tol = a[2] ? to_double(a[2]) : 1e-09;
  double abs_tol = a[3] ? to_double(a[3]) : 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
  if (x == y) return Py_True;
  if (std::isinf(x) || std::isinf(y)) return Py_False;
  double diff = std::fabs(y - x);
  return py_bool((diff <= std::fabs(rel_tol * y)) || (diff <= std::fabs(rel_tol * x)) ||
                 (diff <= abs_tol));
}

FN(prod) {
  static const char* const names[] = {"iterable", "start"};
  Object* a[2];
  parse_args("prod", args, nargs, kwnames, names, 2, 1, 1, 1, a);
  Object* result = a[1] ? a[1] : make_small_int(1);
  Object* iter = get_iter(a[0]);
  while (Object* item = iter_next(iter)) {
    if (is_small_int(result) && is_small_int(item)) {
      intptr_t r;
      if (!__builtin_mul_overflow(small_int_value(result), small_int_value(item), &r)) {
        result = int_from_intptr(r);
        continue;
      }
    }
    result = binary_op(result, item, BINOP_multiply);
  }
  return result;
}

FN(nextafter) {
  fastcall("nextafter", nargs, kwnames, 2, 2);
  double x = to_double(args[0]);
  double y = to_double(args[1]);
  return float_new(std::nextafter(x, y));
}

FN(ulp) {
  meth_o("ulp", nargs, kwnames);
  double x = to_double(args[0]);
  if (std::isnan(x)) return float_new(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -HUGE_VAL);
    return float_new(x - x2);
  }
  return float_new(x2 - x);
}

#define DEF(name, doc) {#name, math_##name, METH_DEFAULT, doc}

const MethodDef math_methods[] = {
    DEF(acos, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
    DEF(acosh, "Return the inverse hyperbolic cosine of x."),
    DEF(asin, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    DEF(asinh, "Return the inverse hyperbolic sine of x."),
    DEF(atan, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
    DEF(atan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."),
    DEF(atanh, "Return the inverse hyperbolic tangent of x."),
    DEF(cbrt, "Return the cube root of x."),
    DEF(ceil, "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."),
    DEF(copysign, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n"),
    DEF(cos, "Return the cosine of x (measured in radians)."),
    DEF(cosh, "Return the hyperbolic cosine of x."),
    DEF(degrees, "Convert angle x from radians to degrees."),
    DEF(dist, "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))"),
    DEF(erf, "Error function at x."),
    DEF(erfc, "Complementary error function at x."),
    DEF(exp, "Return e raised to the power of x."),
    DEF(exp2, "Return 2 raised to the power of x."),
    DEF(expm1, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."),
    DEF(fabs, "Return the absolute value of the float x."),
    DEF(factorial, "Find n!.\n\nRaise a ValueError if x is negative or non-integral."),
    DEF(floor, "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."),
    DEF(fmod, "Return fmod(x, y), according to platform C.\n\nx % y may differ."),
    DEF(frexp, "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0."),
    DEF(fsum, "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic."),
    DEF(gamma, "Gamma function at x."),
    DEF(gcd, "Greatest Common Divisor."),
    DEF(hypot, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n"),
    DEF(isclose, "Determine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves."),
    DEF(isfinite, "Return True if x is neither an infinity nor a NaN, and False otherwise."),
    DEF(isinf, "Return True if x is a positive or negative infinity, and False otherwise."),
    DEF(isnan, "Return True if x is a NaN (not a number), and False otherwise."),
    DEF(isqrt, "Return the integer part of the square root of the input."),
    DEF(lcm, "Least Common Multiple."),
    DEF(ldexp, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."),
    DEF(lgamma, "Natural logarithm of absolute value of Gamma function at x."),
    DEF(log, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x."),
    DEF(log1p, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."),
    DEF(log10, "Return the base 10 logarithm of x."),
    DEF(log2, "Return the base 2 logarithm of x."),
    DEF(modf, "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats."),
    DEF(pow, "Return x**y (x to the power of y)."),
    DEF(radians, "Convert angle x from degrees to radians."),
    DEF(remainder, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact."),
    DEF(sin, "Return the sine of x (measured in radians)."),
    DEF(sinh, "Return the hyperbolic sine of x."),
    DEF(sqrt, "Return the square root of x."),
    DEF(tan, "Return the tangent of x (measured in radians)."),
    DEF(tanh, "Return the hyperbolic tangent of x."),
    DEF(trunc, "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."),
    DEF(prod, "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types."),
    DEF(perm, "Number of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."),
    DEF(comb, "Number of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative."),
    DEF(nextafter, "Return the next floating-point value after x towards y."),
    DEF(ulp, "Return the value of the least significant bit of the float x."),
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* create_module_math() {
  ModuleObject* m = module_new("math");
  module_add(m, "__doc__",
             str_from_cstr("This module provides access to the mathematical functions\n"
                           "defined by the C standard."));
  module_add_functions(m, math_methods);
  module_add(m, "pi", float_new(kPi));
  module_add(m, "e", float_new(kE));
  module_add(m, "tau", float_new(kTau));
  module_add(m, "inf", float_new(HUGE_VAL));
  module_add(m, "nan", float_new(NAN));
  return m;
}

}  // namespace slotpy
