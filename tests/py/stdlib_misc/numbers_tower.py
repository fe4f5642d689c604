import numbers
from fractions import Fraction
import math

vals = [0, 7, -3, True, 2.5, -0.0, float('inf'), 1 + 2j, 3j, Fraction(7, 2), Fraction(-4, 1)]
for v in vals:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
                    if isinstance(v, c)])
    if isinstance(v, numbers.Real):
        print('   real', repr(v.real), repr(v.imag), repr(v.conjugate()), repr(complex(v)))
    if isinstance(v, numbers.Rational):
        print('   ratio', v.numerator, v.denominator, float(v))
    if isinstance(v, numbers.Integral):
        print('   int', v.__index__(), int(v), float(v))
def kind(x):
    for c in (numbers.Integral, numbers.Rational, numbers.Real, numbers.Complex):
        if isinstance(x, c):
            return c.__name__
    return 'other'
for a in vals:
    for b in vals[:6] + vals[-2:]:
        try:
            r = a + b
            print(repr(a), '+', repr(b), '=', repr(r), kind(r))
        except Exception as e:
            print(repr(a), '+', repr(b), type(e).__name__)
print(sorted(c.__name__ for c in numbers.Number.__subclasses__()), numbers.Complex.__subclasses__()[0].__name__)
