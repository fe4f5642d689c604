# math module functions on floats.
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1.0), math.isfinite(math.nan))
print(math.exp(0), math.exp(1), math.log(math.e), math.log(100, 10), math.log2(1024), math.log10(1000), math.log(8, 2))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), math.tan(0))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan(1), math.asin(1), math.acos(1))
print(math.hypot(3, 4), math.hypot(5, 12), math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.degrees(math.pi), math.radians(180), math.pow(2, 10), math.fmod(7, -3), math.fmod(-7, 3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
