import numbers
from numbers import *
for v in [1, True, 1.5, 1j, "x", None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (int, bool, float, complex, str):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(sorted(Integral.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
try:
    Number.__hash__
    print(Number.__hash__)
    Integral()
except Exception as e: print(type(e).__name__, e)
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
for n in ["Number","Complex","Real","Rational","Integral"]:
    print(n, getattr(numbers, n).__mro__)
print(numbers.__all__)
from fractions import Fraction
print([isinstance(Fraction(1, 2), c) for c in (Number, Complex, Real, Rational, Integral)])
print(Real.__bases__, Integral.__bases__)
for cls in (Number, Complex, Real, Rational, Integral):
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, 'TypeError', str(e).split(' with ')[0])
    print(cls.__name__, cls.__slots__, cls.__module__, cls.__hash__ is None)
