from fractions import Fraction as F
import copy, math, sys

vals = [F(1, 2), F(-1, 2), F(1, 3), F(0), F(2), 0, 2, 1, True, 0.5, 1 / 3, 0.3333333333333333,
        2.0, -0.0, float('inf'), float('-inf'), float('nan'), 1j, 0.5 + 0j, 2 + 0j, 'x', None]
for a in vals:
    for b in vals:
        if not (isinstance(a, F) or isinstance(b, F)):
            continue
        row = []
        for op in ('==', '!=', '<', '<=', '>', '>='):
            try:
                row.append(str(eval('a %s b' % op)))
            except TypeError as e:
                row.append('TE')
        print(repr(a), repr(b), ' '.join(row))
try:
    F(1) < 'x'
except TypeError as e:
    print(e)
try:
    1j < F(1)
except TypeError as e:
    print(e)

print(F(1, 3) == 1 / 3, F(1, 3) < 1 / 3, F(6004799503160661, 18014398509481984) == 1 / 3)
for v in [F(1, 2), F(-1, 2), F(0), F(7), F(-7), F(1, 3), F(-1, 3), F(10**30, 7), F(2**61 - 1), F(1, 2**61 - 1),
          F(-1, 2**61 - 1), F(2**61), F(3, 2**64), F(-2, 1), F(-1), F(22, 7), F(1, 10**20)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(-1)) == hash(-1), hash(F(5)) == hash(5), hash(F(1, 4)) == hash(0.25))
print(hash(F(3, 2)) == hash(1.5 + 0j), hash(F(-1)))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))
d = {0.5: 'half', 3: 'three'}
print(d[F(1, 2)], d[F(6, 2)])

pi = F('3.141592653589793')
for m in [1, 2, 7, 10, 100, 1000, 10**6, 10**20]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(F(4321, 8765).limit_denominator(10000)), repr(F(-7, 15).limit_denominator(4)))
print(repr(F(1, 3).limit_denominator()), repr(F(0.1).limit_denominator()), repr(F(-0.1).limit_denominator(3)))
print(repr(F(3, 2).limit_denominator(1)), repr(F(5, 2).limit_denominator(1)), repr(F(7, 2).limit_denominator(1)))
for bad in [0, -1]:
    try:
        pi.limit_denominator(bad)
    except ValueError as e:
        print(e)

f = F(3, 4)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
class Sub(F):
    pass
s = Sub(3, 4)
print(repr(copy.copy(s)), copy.copy(s) is s, type(copy.deepcopy(s)).__name__)
print(format(f), format(f, ''), '{}'.format(f), '%s' % f, '%r' % (f,), f'{f!r:>20}', f'{f!s:>8}|')
for spec in ['.2f', '10', 'e', 'x']:
    try:
        print(format(f, spec))
    except TypeError as e:
        print('TypeError', e)
print(hasattr(f, 'is_integer'), hasattr(F, '__format__'), f.__format__ is not None)
print(sorted([F(1, 2), 0.25, 1, F(-3), 0, F(7, 8)]))
print(max(F(1, 3), 0.3), min(F(1, 3), 0.34, F(1, 4)))
print(f.real is f, repr(f.imag), repr(f.conjugate()))
