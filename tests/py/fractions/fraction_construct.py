from fractions import Fraction
import numbers

def show(*args):
    try:
        f = Fraction(*args)
        print(repr(args), '->', repr(f), str(f), f.numerator, f.denominator)
    except Exception as e:
        print(repr(args), '->', type(e).__name__, e)

for a in [(), (0,), (7,), (-7,), (6, 4), (6, -4), (-6, -4), (0, -5), (10**30, 10**20),
          (True,), (False, True), (1.5,), (-0.1,), (0.0,), (-0.0,), (1e300,), (5e-324,),
          (Fraction(3, 4),), (Fraction(1, 7), 5), (Fraction(1, 7), Fraction(2, 3)),
          (3, Fraction(2, 9)), (True, 2), (1, 0), (-1, 0), (0, 0), (Fraction(1, 2), 0),
          (1.5, 2), (1, 2.0), ('1', 2), (None,), ([1],), (1j,),
          (float('inf'),), (float('-inf'),), (float('nan'),)]:
    show(*a)

for s in ['3/4', ' -1.5e3 ', '7', '+7', '-0', '1.', '.5', '-.5', '1.25', '1e3', '1E-3',
          '1.5e+2', '  12/18\n', '\t-12/18 ', '1_000', '1_000/3_0', '1.2_5', '1e1_0',
          '3.1415', '-47e-2', '0/5', '00012', '1/0', '-1/0', '0/0',
          'x', '', ' ', '1/', '/2', '1 /2', '1/ 2', '1/-2', '-/2', '1__0', '_1', '1_',
          '1.5/2', '1/2.5', 'e5', '.e5', '1e', '1e+', '++1', '--1', '+-1', '1.5.5',
          '1 2', 'inf', 'nan', '0x10', '1j', '1.e3', '5.d', '1,5']:
    show(s)

f = Fraction(3, 4)
print(f.as_integer_ratio(), Fraction(-10, 4).as_integer_ratio())
print(Fraction.from_float(0.1), Fraction.from_float(3), Fraction.from_float(-2.5))
print(Fraction.from_float(True))
for bad in ['1.5', None, 1j]:
    try:
        Fraction.from_float(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [float('inf'), float('nan')]:
    try:
        Fraction.from_float(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Integral), issubclass(Fraction, numbers.Real))
print(isinstance(f, numbers.Number), isinstance(f, numbers.Complex))

class MyFrac(Fraction):
    pass
m = MyFrac(2, 4)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(+m).__name__, type(-m).__name__)
print(repr(Fraction(m)), type(Fraction(m)).__name__)
print(f.real, f.imag, f.conjugate(), complex(f), float(f))
print(float(Fraction(10**400, 3 * 10**399)), float(Fraction(1, 3)), float(Fraction(-2, 3)))
print(float(Fraction(1, 10**400)), float(Fraction(2**1100 - 1, 2**100)) if False else 'skip')
try:
    f._numerator2 = 1
except Exception as e:
    print(type(e).__name__)
try:
    f.numerator = 5
except Exception as e:
    print(type(e).__name__)
print(Fraction.__slots__)
