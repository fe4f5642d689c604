from fractions import Fraction as F
import math, operator

vals = [F(1, 2), F(-3, 4), F(0), F(5), F(7, 3), 2, -3, 0, True, 0.5, -1.25, 0.0, 1j, 2 + 0j, float('inf'), float('nan')]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('divmod', divmod)]
for a in vals:
    for b in vals:
        if not (isinstance(a, F) or isinstance(b, F)):
            continue
        for name, op in ops:
            try:
                r = op(a, b)
                print(repr(a), name, repr(b), '=', repr(r), type(r).__name__ if not isinstance(r, tuple) else [type(x).__name__ for x in r])
            except Exception as e:
                print(repr(a), name, repr(b), '->', type(e).__name__, e)

for a, b in [(F(2, 3), 2), (F(2, 3), -2), (F(-2, 3), -3), (F(0), -1), (F(0), 0), (F(0), -2), (F(4, 9), F(1, 2)),
             (F(-8), F(1, 3)), (F(2), 0.5), (F(2), 1j), (F(2, 3), F(3)), (F(2, 3), F(-3)), (F(-1, 2), F(-2)),
             (2, F(3)), (2, F(-3)), (-2, F(-3)), (2, F(1, 2)), (2.0, F(1, 2)), (2.0, F(-2)), (1j, F(2)),
             (F(1, 2), 'x'), ('x', F(1, 2)), (0, F(-1)), (F(4), True)]:
    try:
        r = a ** b
        print(repr(a), '**', repr(b), '=', repr(r), type(r).__name__)
    except Exception as e:
        print(repr(a), '**', repr(b), '->', type(e).__name__, e)

for a, b in [(F(1, 2), 'x'), ('x', F(1, 2)), (F(1, 2), None), ([], F(1)), (F(1), 1j)]:
    for name, op in ops[:6]:
        try:
            print(repr(op(a, b)))
        except Exception as e:
            print(name, type(e).__name__, e)
try:
    divmod(F(1), 1j)
except Exception as e:
    print(type(e).__name__, e)

x = F(7, 2)
print(-x, +x, abs(F(-7, 2)), int(x), int(-x), math.trunc(-x), math.floor(-x), math.ceil(-x), math.floor(x), math.ceil(x))
print(type(math.floor(x)).__name__, type(int(x)).__name__)
for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-2, 3), F(0), F(9, 4)]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(F(12345, 7), -2), repr(round(v, 1)))
print(repr(round(F(12355, 1), -1)), repr(round(F(12345, 1), -1)), repr(round(F(1, 8), 2)))
print(bool(F(0)), bool(F(1, 9)))
s = F(0)
for i in range(1, 30):
    s += F(1, i * i)
print(s)
print(F(1, 3) * 3 == 1, F(1, 3) + F(2, 3), F(10**20, 3) * F(3, 10**20))
y = F(5, 3)
y -= 1
y *= 6
y /= 4
y //= F(1, 7)
print(repr(y))
print(sum([F(1, 3), F(1, 6), F(1, 2)]), sum([F(1, 3), 0.5]))
print(F(3, 4).__floordiv__.__name__, F.__radd__.__name__, F.__add__.__qualname__)
