# math float functions: floor/ceil/trunc, sqrt, logs, trig, hypot, fsum, isclose.
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(5), math.ceil(10 ** 20), type(math.ceil(1.2)).__name__)
print(math.sqrt(2), math.sqrt(1e100), math.exp(2), math.log(10), math.log2(3), math.log10(2), math.log(1024, 2))
print(math.log(10 ** 100), math.log10(10 ** 50), math.log2(2 ** 200))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(0, -1), math.atan2(-0.0, -1))
print(math.hypot(1, 1), math.hypot(3, 4, 12), math.fabs(-0.0), math.copysign(1, -0.0), math.copysign(5, -2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.exp(-1000), math.sqrt(0.25), math.pow(4, 0.5), math.pow(-8, 3))
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.log(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError", e)
