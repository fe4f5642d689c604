from fractions import Fraction as F
import math, random

r = random.Random(77)
for _ in range(40):
    a = F(r.randrange(-10**6, 10**6), r.randrange(1, 10**4))
    b = F(r.randrange(-10**6, 10**6), r.randrange(1, 10**4)) or F(1)
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a < b, float(a), hash(a), round(a, 3), repr(a.limit_denominator(50)))
for _ in range(20):
    x = r.uniform(-1e6, 1e6)
    f = F(x)
    print(repr(x), f == x, float(f) == x, hash(f) == hash(x), repr(f.limit_denominator(1000)), math.floor(f), math.ceil(f), round(f))
for s in ['3/4', '  -10/25  ', '1.5e-3', '-0.000', '123456789012345678901234567890/3', '7e30', '.1e-1', '1_2.3_4e5_6']:
    f = F(s)
    print(repr(s), repr(f), str(f), f.as_integer_ratio())
print(F(10**50 + 1, 10**50) > 1, F(1, 10**50) > 0.0, F(-1, 10**400) < 0, float(F(-1, 10**400)))
print(F(2**1100, 3) > 1e308, F(2**1100, 3) == float('inf'), F(2**1100, 3) < float('inf'))
try:
    float(F(2**1100, 3))
except OverflowError as e:
    print('OverflowError', e)
print(F(7, 3).__round__(), F(7, 3).__floor__(), F(7, 3).__ceil__(), F(-7, 3).__trunc__(), int(F(-7, 3)))
print(sum(F(1, n) for n in range(1, 20)), math.prod([F(2, 3)] * 5), max([F(1, 3), F(2, 7)]), sorted({F(1, 2), F(1, 3), 0.25}))
print(F(1, 3) ** 2, F(1, 3) ** -2, F(-2, 3) ** 3, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2), F(-1) ** F(1, 2))
print(complex(F(1, 4)) + 1j, F(1, 4) + 1j, 1j * F(1, 2), F(3, 4) == 0.75 + 0j, F(3, 4) != 0.75 + 1j)
print(F(5, 10).numerator, F(5, 10).denominator, F(0, 7).denominator, F(-0), repr(F('-0')))
