// The cmath module: complex functions with CPython 3.11's results (C99 Annex G special values via
// 7x7 tables indexed by the class of the real and imaginary parts, overflow-avoiding formulas for
// large arguments, errno-style domain/range errors mapped to ValueError/OverflowError).
#include <cerrno>
#include <cfloat>
#include <cmath>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {

struct Cx {
  double re, im;
};

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662497757;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
const double kLargeDouble = DBL_MAX / 4.;
const double kSqrtLargeDouble = std::sqrt(DBL_MAX / 4.);
const double kLogLargeDouble = std::log(DBL_MAX / 4.);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

// ---- special values --------------------------------------------------------------------------
// Class of a double: 0 -inf, 1 negative finite, 2 -0., 3 +0., 4 positive finite, 5 +inf, 6 nan.
int kind(double d) {
  if (std::isfinite(d)) {
    if (d != 0) return std::signbit(d) ? 1 : 4;
    return std::signbit(d) ? 2 : 3;
  }
  if (std::isnan(d)) return 6;
  return std::signbit(d) ? 0 : 5;
}

constexpr double I_ = INFINITY;
constexpr double N_ = NAN;
constexpr double P_ = kPi;
constexpr double P14 = 0.25 * kPi;
constexpr double P12 = 0.5 * kPi;
constexpr double P34 = 0.75 * kPi;
constexpr double U_ = -9.5426319407711027e33;  // never looked up (finite, nonzero parts)

using Table = Cx[7][7];

// Rows: class of the real part; columns: class of the imaginary part.
const Table acos_sv = {
    {{P34, I_}, {P_, I_}, {P_, I_}, {P_, -I_}, {P_, -I_}, {P34, -I_}, {N_, I_}},
    {{P12, I_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {P12, -I_}, {N_, N_}},
    {{P12, I_}, {U_, U_}, {P12, 0.}, {P12, -0.}, {U_, U_}, {P12, -I_}, {P12, N_}},
    {{P12, I_}, {U_, U_}, {P12, 0.}, {P12, -0.}, {U_, U_}, {P12, -I_}, {P12, N_}},
    {{P12, I_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {P12, -I_}, {N_, N_}},
    {{P14, I_}, {0., I_}, {0., I_}, {0., -I_}, {0., -I_}, {P14, -I_}, {N_, I_}},
    {{N_, I_}, {N_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {N_, -I_}, {N_, N_}},
};
const Table acosh_sv = {
    {{I_, -P34}, {I_, -P_}, {I_, -P_}, {I_, P_}, {I_, P_}, {I_, P34}, {I_, N_}},
    {{I_, -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {0., -P12}, {0., P12}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {0., -P12}, {0., P12}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P14}, {I_, -0.}, {I_, -0.}, {I_, 0.}, {I_, 0.}, {I_, P14}, {I_, N_}},
    {{I_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {I_, N_}, {N_, N_}},
};
const Table asinh_sv = {
    {{-I_, -P14}, {-I_, -0.}, {-I_, -0.}, {-I_, 0.}, {-I_, 0.}, {-I_, P14}, {-I_, N_}},
    {{-I_, -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {-I_, P12}, {N_, N_}},
    {{-I_, -P12}, {U_, U_}, {-0., -0.}, {-0., 0.}, {U_, U_}, {-I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P14}, {I_, -0.}, {I_, -0.}, {I_, 0.}, {I_, 0.}, {I_, P14}, {I_, N_}},
    {{I_, N_}, {N_, N_}, {N_, -0.}, {N_, 0.}, {N_, N_}, {I_, N_}, {N_, N_}},
};
const Table atanh_sv = {
    {{-0., -P12}, {-0., -P12}, {-0., -P12}, {-0., P12}, {-0., P12}, {-0., P12}, {-0., N_}},
    {{-0., -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {-0., P12}, {N_, N_}},
    {{-0., -P12}, {U_, U_}, {-0., -0.}, {-0., 0.}, {U_, U_}, {-0., P12}, {-0., N_}},
    {{0., -P12}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {0., P12}, {0., N_}},
    {{0., -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {0., P12}, {N_, N_}},
    {{0., -P12}, {0., -P12}, {0., -P12}, {0., P12}, {0., P12}, {0., P12}, {0., N_}},
    {{0., -P12}, {N_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {0., P12}, {N_, N_}},
};
const Table cosh_sv = {
    {{I_, N_}, {U_, U_}, {I_, 0.}, {I_, -0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{N_, 0.}, {U_, U_}, {1., 0.}, {1., -0.}, {U_, U_}, {N_, 0.}, {N_, 0.}},
    {{N_, 0.}, {U_, U_}, {1., -0.}, {1., 0.}, {U_, U_}, {N_, 0.}, {N_, 0.}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{I_, N_}, {U_, U_}, {I_, -0.}, {I_, 0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {N_, N_}, {N_, 0.}, {N_, 0.}, {N_, N_}, {N_, N_}, {N_, N_}},
};
const Table exp_sv = {
    {{0., 0.}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {0., 0.}, {0., 0.}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{N_, N_}, {U_, U_}, {1., -0.}, {1., 0.}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{N_, N_}, {U_, U_}, {1., -0.}, {1., 0.}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{I_, N_}, {U_, U_}, {I_, -0.}, {I_, 0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {N_, N_}, {N_, -0.}, {N_, 0.}, {N_, N_}, {N_, N_}, {N_, N_}},
};
const Table log_sv = {
    {{I_, -P34}, {I_, -P_}, {I_, -P_}, {I_, P_}, {I_, P_}, {I_, P34}, {I_, N_}},
    {{I_, -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {-I_, -P_}, {-I_, P_}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {-I_, -0.}, {-I_, 0.}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P12}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, P12}, {N_, N_}},
    {{I_, -P14}, {I_, -0.}, {I_, -0.}, {I_, 0.}, {I_, 0.}, {I_, P14}, {I_, N_}},
    {{I_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {I_, N_}, {N_, N_}},
};
const Table sinh_sv = {
    {{I_, N_}, {U_, U_}, {-I_, -0.}, {-I_, 0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{0., N_}, {U_, U_}, {-0., -0.}, {-0., 0.}, {U_, U_}, {0., N_}, {0., N_}},
    {{0., N_}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {0., N_}, {0., N_}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{I_, N_}, {U_, U_}, {I_, -0.}, {I_, 0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {N_, N_}, {N_, -0.}, {N_, 0.}, {N_, N_}, {N_, N_}, {N_, N_}},
};
const Table sqrt_sv = {
    {{I_, -I_}, {0., -I_}, {0., -I_}, {0., I_}, {0., I_}, {I_, I_}, {N_, I_}},
    {{I_, -I_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, I_}, {N_, N_}},
    {{I_, -I_}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {I_, I_}, {N_, N_}},
    {{I_, -I_}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {I_, I_}, {N_, N_}},
    {{I_, -I_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {I_, I_}, {N_, N_}},
    {{I_, -I_}, {I_, -0.}, {I_, -0.}, {I_, 0.}, {I_, 0.}, {I_, I_}, {I_, N_}},
    {{I_, -I_}, {N_, N_}, {N_, N_}, {N_, N_}, {N_, N_}, {I_, I_}, {N_, N_}},
};
const Table tanh_sv = {
    {{-1., 0.}, {U_, U_}, {-1., -0.}, {-1., 0.}, {U_, U_}, {-1., 0.}, {-1., 0.}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{-0.0, N_}, {U_, U_}, {-0., -0.}, {-0., 0.}, {U_, U_}, {-0.0, N_}, {N_, N_}},
    {{0.0, N_}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {0.0, N_}, {N_, N_}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{1., 0.}, {U_, U_}, {1., -0.}, {1., 0.}, {U_, U_}, {1., 0.}, {1., 0.}},
    {{N_, N_}, {N_, N_}, {N_, -0.}, {N_, 0.}, {N_, N_}, {N_, N_}, {N_, N_}},
};
const Table rect_sv = {
    {{I_, N_}, {U_, U_}, {-I_, 0.}, {-I_, -0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{0., 0.}, {U_, U_}, {-0., 0.}, {-0., -0.}, {U_, U_}, {0., 0.}, {0., 0.}},
    {{0., 0.}, {U_, U_}, {0., -0.}, {0., 0.}, {U_, U_}, {0., 0.}, {0., 0.}},
    {{N_, N_}, {U_, U_}, {U_, U_}, {U_, U_}, {U_, U_}, {N_, N_}, {N_, N_}},
    {{I_, N_}, {U_, U_}, {I_, -0.}, {I_, 0.}, {U_, U_}, {I_, N_}, {I_, N_}},
    {{N_, N_}, {N_, N_}, {N_, 0.}, {N_, 0.}, {N_, N_}, {N_, N_}, {N_, N_}},
};

inline bool finite(Cx z) { return std::isfinite(z.re) && std::isfinite(z.im); }
inline Cx lookup(const Table& t, Cx z) { return t[kind(z.re)][kind(z.im)]; }

// ---- the functions (each sets errno: 0, EDOM or ERANGE) ------------------------------------------

Cx c_sqrt(Cx z) {
  if (!finite(z)) {
    errno = 0;
    return lookup(sqrt_sv, z);
  }
  if (z.re == 0. && z.im == 0.) {
    errno = 0;
    return {0., z.im};
  }
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
  } else {
    ax /= 8.;
    s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  errno = 0;
  if (z.re >= 0.) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

Cx c_acos(Cx z) {
  errno = 0;
  if (!finite(z)) return lookup(acos_sv, z);
  Cx r;
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    r.re = std::atan2(std::fabs(z.im), z.re);
    r.im = -std::copysign(std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2., z.im);
  } else {
    Cx s1 = c_sqrt({1. - z.re, -z.im});
    Cx s2 = c_sqrt({1. + z.re, z.im});
    r.re = 2. * std::atan2(s1.re, s2.re);
    r.im = std::asinh(s2.re * s1.im - s2.im * s1.re);
  }
  errno = 0;
  return r;
}

Cx c_acosh(Cx z) {
  errno = 0;
  if (!finite(z)) return lookup(acosh_sv, z);
  Cx r;
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    r.re = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
    r.im = std::atan2(z.im, z.re);
  } else {
    Cx s1 = c_sqrt({z.re - 1., z.im});
    Cx s2 = c_sqrt({z.re + 1., z.im});
    r.re = std::asinh(s1.re * s2.re + s1.im * s2.im);
    r.im = 2. * std::atan2(s1.im, s2.re);
  }
  errno = 0;
  return r;
}

Cx c_asinh(Cx z) {
  errno = 0;
  if (!finite(z)) return lookup(asinh_sv, z);
  Cx r;
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = std::log(std::hypot(z.re / 2., z.im / 2.)) + kLn2 * 2.;
    r.re = z.im >= 0. ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    r.im = std::atan2(z.im, std::fabs(z.re));
  } else {
    Cx s1 = c_sqrt({1. + z.im, -z.re});
    Cx s2 = c_sqrt({1. - z.im, z.re});
    r.re = std::asinh(s1.re * s2.im - s2.re * s1.im);
    r.im = std::atan2(z.im, s1.re * s2.re - s1.im * s2.im);
  }
  errno = 0;
  return r;
}

Cx c_asin(Cx z) {
  Cx s = c_asinh({-z.im, z.re});
  return {s.im, -s.re};
}

Cx c_atanh(Cx z) {
  if (!finite(z)) {
    errno = 0;
    return lookup(atanh_sv, z);
  }
  if (z.re < 0.) {
    Cx r = c_atanh({-z.re, -z.im});
    return {-r.re, -r.im};
  }
  Cx r;
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(z.re / 2., z.im / 2.);
    r.re = z.re / 4. / h / h;
    r.im = std::copysign(kPi / 2., z.im);
    errno = 0;
  } else if (z.re == 1. && ay < kSqrtDblMin) {
    if (ay == 0.) {
      r.re = INFINITY;
      r.im = z.im;
      errno = EDOM;
    } else {
      r.re = -std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.)));
      r.im = std::copysign(std::atan2(2., -ay) / 2, z.im);
      errno = 0;
    }
  } else {
    double lp = 4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay);
    r.re = (lp == 0.0 ? lp : std::log1p(lp)) / 4.;
    r.im = -std::atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
    errno = 0;
  }
  return r;
}

Cx c_atan(Cx z) {
  Cx s = c_atanh({-z.im, z.re});
  return {s.im, -s.re};
}

// cosh and sinh share their shape: `odd` selects sinh.
Cx c_cosh_sinh(Cx z, bool odd) {
  Cx r;
  if (!finite(z)) {
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.) {
      double c = std::cos(z.im), s = std::sin(z.im);
      if (z.re > 0) {
        r = {std::copysign(INFINITY, c), std::copysign(INFINITY, s)};
      } else if (odd) {
        r = {-std::copysign(INFINITY, c), std::copysign(INFINITY, s)};
      } else {
        r = {std::copysign(INFINITY, c), -std::copysign(INFINITY, s)};
      }
    } else {
      r = lookup(odd ? sinh_sv : cosh_sv, z);
    }
    errno = (std::isinf(z.im) && !std::isnan(z.re)) ? EDOM : 0;
    return r;
  }
  if (std::fabs(z.re) > kLogLargeDouble) {
    double xm1 = z.re - std::copysign(1., z.re);
    if (odd) {
      r.re = std::cos(z.im) * std::sinh(xm1) * kE;
      r.im = std::sin(z.im) * std::cosh(xm1) * kE;
    } else {
      r.re = std::cos(z.im) * std::cosh(xm1) * kE;
      r.im = std::sin(z.im) * std::sinh(xm1) * kE;
    }
  } else if (odd) {
    r.re = std::cos(z.im) * std::sinh(z.re);
    r.im = std::sin(z.im) * std::cosh(z.re);
  } else {
    r.re = std::cos(z.im) * std::cosh(z.re);
    r.im = std::sin(z.im) * std::sinh(z.re);
  }
  errno = (std::isinf(r.re) || std::isinf(r.im)) ? ERANGE : 0;
  return r;
}

Cx c_cosh(Cx z) { return c_cosh_sinh(z, false); }
Cx c_sinh(Cx z) { return c_cosh_sinh(z, true); }
Cx c_cos(Cx z) { return c_cosh({-z.im, z.re}); }
Cx c_sin(Cx z) {
  Cx s = c_sinh({-z.im, z.re});
  return {s.im, -s.re};
}

Cx c_exp(Cx z) {
  Cx r;
  if (!finite(z)) {
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.) {
      double c = std::cos(z.im), s = std::sin(z.im);
      if (z.re > 0)
        r = {std::copysign(INFINITY, c), std::copysign(INFINITY, s)};
      else
        r = {std::copysign(0., c), std::copysign(0., s)};
    } else {
      r = lookup(exp_sv, z);
    }
    errno = (std::isinf(z.im) && (std::isfinite(z.re) || (std::isinf(z.re) && z.re > 0))) ? EDOM : 0;
    return r;
  }
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1.);
    r.re = l * std::cos(z.im) * kE;
    r.im = l * std::sin(z.im) * kE;
  } else {
    double l = std::exp(z.re);
    r.re = l * std::cos(z.im);
    r.im = l * std::sin(z.im);
  }
  errno = (std::isinf(r.re) || std::isinf(r.im)) ? ERANGE : 0;
  return r;
}

Cx c_log(Cx z) {
  if (!finite(z)) {
    errno = 0;
    return lookup(log_sv, z);
  }
  Cx r;
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  if (ax > kLargeDouble || ay > kLargeDouble) {
    r.re = std::log(std::hypot(ax / 2., ay / 2.)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0. || ay > 0.) {
      r.re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
             DBL_MANT_DIG * kLn2;
    } else {
      r.re = -INFINITY;
      r.im = std::atan2(z.im, z.re);
      errno = EDOM;
      return r;
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      double v = (am - 1) * (am + 1) + an * an;
      r.re = (v == 0.0 ? v : std::log1p(v)) / 2.;
    } else {
      r.re = std::log(h);
    }
  }
  r.im = std::atan2(z.im, z.re);
  errno = 0;
  return r;
}

Cx c_log10(Cx z) {
  Cx r = c_log(z);
  int saved = errno;
  r.re = r.re / kLn10;
  r.im = r.im / kLn10;
  errno = saved;
  return r;
}

Cx c_tanh(Cx z) {
  Cx r;
  if (!finite(z)) {
    if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.) {
      r.re = z.re > 0 ? 1.0 : -1.0;
      r.im = std::copysign(0., 2. * std::sin(z.im) * std::cos(z.im));
    } else {
      r = lookup(tanh_sv, z);
    }
    errno = (std::isinf(z.im) && std::isfinite(z.re)) ? EDOM : 0;
    return r;
  }
  if (std::fabs(z.re) > kLogLargeDouble) {
    r.re = std::copysign(1., z.re);
    r.im = 4. * std::sin(z.im) * std::cos(z.im) * std::exp(-2. * std::fabs(z.re));
  } else {
    double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1. / std::cosh(z.re);
    double txty = tx * ty;
    double denom = 1. + txty * txty;
    r.re = tx * (1. + ty * ty) / denom;
    r.im = ((ty / denom) * cx) * cx;
  }
  errno = 0;
  return r;
}

Cx c_tan(Cx z) {
  Cx s = c_tanh({-z.im, z.re});
  return {s.im, -s.re};
}

// Complex division (CPython's _Py_c_quot): EDOM for a zero divisor.
Cx c_quot(Cx a, Cx b) {
  double abr = std::fabs(b.re), abi = std::fabs(b.im);
  if (abr >= abi) {
    if (abr == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

// The argument of z (math.atan2's special values; errno from the C library, so an underflowing
// result is a range error as in CPython 3.11's cmath.phase).
double c_atan2(Cx z) {
  if (std::isnan(z.re) || std::isnan(z.im)) return NAN;
  if (std::isinf(z.im)) {
    if (std::isinf(z.re)) {
      if (std::copysign(1., z.re) == 1.) return std::copysign(0.25 * kPi, z.im);
      return std::copysign(0.75 * kPi, z.im);
    }
    return std::copysign(0.5 * kPi, z.im);
  }
  if (std::isinf(z.re) || z.im == 0.) {
    if (std::copysign(1., z.re) == 1.) return std::copysign(0., z.im);
    return std::copysign(kPi, z.im);
  }
  return std::atan2(z.im, z.re);
}

// abs(z) as CPython's _Py_c_abs: ERANGE when a finite z has an infinite modulus.
double c_abs(Cx z) {
  errno = 0;
  if (!finite(z)) {
    if (std::isinf(z.re)) return std::fabs(z.re);
    if (std::isinf(z.im)) return std::fabs(z.im);
    return NAN;
  }
  double r = std::hypot(z.re, z.im);
  if (!std::isfinite(r)) errno = ERANGE;
  return r;
}

// ---- argument conversion and errors ------------------------------------------------------------

Object* call_special(Object* o, const char* name) {
  Object* f = type_lookup(type_of(o), intern(name));
  if (!f) return nullptr;
  TypeObject* ft = type_of(f);
  if (ft->tp_descr_get) return call0(ft->tp_descr_get(f, o, type_of(o)));
  return call1(f, o);
}

bool is_complex_obj(Object* o) { return !is_small_int(o) && is_subtype(type_of(o), &Complex_Type); }

// PyComplex_AsCComplex: complex, __complex__, or a real number.
Cx to_complex(Object* o) {
  if (is_complex_obj(o)) {
    auto* c = static_cast<ComplexObject*>(o);
    return {c->real, c->imag};
  }
  if (!is_int_exact(o) && !is_float_exact(o)) {
    if (Object* r = call_special(o, "__complex__")) {
      if (!is_complex_obj(r))
        raise_type_error("__complex__ returned non-complex (type %.200s)", type_name(r));
      auto* c = static_cast<ComplexObject*>(r);
      return {c->real, c->imag};
    }
  }
  if (is_float(o)) return {float_value(o), 0.0};
  return {as_double(o), 0.0};
}

[[noreturn]] void math_error() {
  if (errno == ERANGE) raise_overflow_error("math range error");
  raise_value_error("math domain error");
}

Object* result(Cx r) {
  if (errno) math_error();
  return complex_new(r.re, r.im);
}

void check_one_arg(const char* name, size_t nargs, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("cmath.%s() takes no keyword arguments", name);
  if (nargs != 1) raise_type_error("cmath.%s() takes exactly one argument (%zu given)", name, nargs);
}

#define FN(name) Object* cmath_##name(Object*, Object* const* args, size_t nargs, TupleObject* kwnames)
#define FUNC1(name)                  \
  FN(name) {                         \
    check_one_arg(#name, nargs, kwnames);  \
    Cx z = to_complex(args[0]);      \
    errno = 0;                       \
    return result(c_##name(z));      \
  }

FUNC1(acos)
FUNC1(acosh)
FUNC1(asin)
FUNC1(asinh)
FUNC1(atan)
FUNC1(atanh)
FUNC1(cos)
FUNC1(cosh)
FUNC1(exp)
FUNC1(log10)
FUNC1(sin)
FUNC1(sinh)
FUNC1(sqrt)
FUNC1(tan)
FUNC1(tanh)

FN(log) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("cmath.log() takes no keyword arguments");
  check_nargs("log", nargs, 1, 2);
  Cx x = to_complex(args[0]);
  errno = 0;
  x = c_log(x);
  if (nargs == 2) {
    Cx y = to_complex(args[1]);
    y = c_log(y);
    x = c_quot(x, y);
  }
  return result(x);
}

FN(phase) {
  check_one_arg("phase", nargs, kwnames);
  Cx z = to_complex(args[0]);
  errno = 0;
  double phi = c_atan2(z);
  if (errno) math_error();
  return float_new(phi);
}

FN(polar) {
  check_one_arg("polar", nargs, kwnames);
  Cx z = to_complex(args[0]);
  errno = 0;
  double phi = c_atan2(z);
  double r = c_abs(z);
  if (errno) math_error();
  return tuple_pack({float_new(r), float_new(phi)});
}

FN(rect) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("cmath.rect() takes no keyword arguments");
  check_nargs("rect", nargs, 2, 2);
  double r = is_float(args[0]) ? float_value(args[0]) : as_double(args[0]);
  double phi = is_float(args[1]) ? float_value(args[1]) : as_double(args[1]);
  Cx z;
  errno = 0;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
      double c = std::cos(phi), s = std::sin(phi);
      if (r > 0)
        z = {std::copysign(INFINITY, c), std::copysign(INFINITY, s)};
      else
        z = {-std::copysign(INFINITY, c), -std::copysign(INFINITY, s)};
    } else {
      z = rect_sv[kind(r)][kind(phi)];
    }
    errno = (r != 0. && !std::isnan(r) && std::isinf(phi)) ? EDOM : 0;
  } else if (phi == 0.0) {
    z = {r, r * phi};
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  return result(z);
}

FN(isfinite) {
  check_one_arg("isfinite", nargs, kwnames);
  return py_bool(finite(to_complex(args[0])));
}

FN(isnan) {
  check_one_arg("isnan", nargs, kwnames);
  Cx z = to_complex(args[0]);
  return py_bool(std::isnan(z.re) || std::isnan(z.im));
}

FN(isinf) {
  check_one_arg("isinf", nargs, kwnames);
  Cx z = to_complex(args[0]);
  return py_bool(std::isinf(z.re) || std::isinf(z.im));
}

FN(isclose) {
  static const char* const names[] = {"a", "b", "rel_tol", "abs_tol"};
  Object* v[4];
  parse_args("isclose", args, nargs, kwnames, names, 4, 2, 0, 2, v);
  Cx a = to_complex(v[0]);
  Cx b = to_complex(v[1]);
  double rel_tol = v[2] ? (is_float(v[2]) ? float_value(v[2]) : as_double(v[2])) : 1e-09;
  double abs_tol = v[3] ? (is_float(v[3]) ? float_value(v[3]) : as_double(v[3])) : 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
  if (a.re == b.re && a.im == b.im) return Py_True;
  if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) return Py_False;
  double diff = c_abs({a.re - b.re, a.im - b.im});
  return py_bool(diff <= rel_tol * c_abs(b) || diff <= rel_tol * c_abs(a) || diff <= abs_tol);
}

#define DEF(name, doc) {#name, cmath_##name, METH_DEFAULT, doc}

const MethodDef cmath_methods[] = {
    DEF(acos, "Return the arc cosine of z."),
    DEF(acosh, "Return the inverse hyperbolic cosine of z."),
    DEF(asin, "Return the arc sine of z."),
    DEF(asinh, "Return the inverse hyperbolic sine of z."),
    DEF(atan, "Return the arc tangent of z."),
    DEF(atanh, "Return the inverse hyperbolic tangent of z."),
    DEF(cos, "Return the cosine of z."),
    DEF(cosh, "Return the hyperbolic cosine of z."),
    DEF(exp, "Return the exponential value e**z."),
    DEF(isclose, "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves."),
    DEF(isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    DEF(isinf, "Checks if the real or imaginary part of z is infinite."),
    DEF(isnan, "Checks if the real or imaginary part of z not a number (NaN)."),
    DEF(log, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z."),
    DEF(log10, "Return the base-10 logarithm of z."),
    DEF(phase, "Return argument, also known as the phase angle, of a complex."),
    DEF(polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle."),
    DEF(rect, "Convert from polar coordinates to rectangular coordinates."),
    DEF(sin, "Return the sine of z."),
    DEF(sinh, "Return the hyperbolic sine of z."),
    DEF(sqrt, "Return the square root of z."),
    DEF(tan, "Return the tangent of z."),
    DEF(tanh, "Return the hyperbolic tangent of z."),
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* create_module_cmath() {
  ModuleObject* m = module_new("cmath");
  module_add(m, "__doc__",
             str_from_cstr("This module provides access to mathematical functions for complex\n"
                           "numbers."));
  module_add_functions(m, cmath_methods);
  module_add(m, "pi", float_new(kPi));
  module_add(m, "e", float_new(kE));
  module_add(m, "tau", float_new(2 * kPi));
  module_add(m, "inf", float_new(INFINITY));
  module_add(m, "infj", complex_new(0.0, INFINITY));
  module_add(m, "nan", float_new(std::fabs(NAN)));
  module_add(m, "nanj", complex_new(0.0, std::fabs(NAN)));
  return m;
}

}  // namespace slotpy
