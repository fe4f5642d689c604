# Randomized comparison: arithmetic with random operands, precisions and roundings.
import random
import decimal
from decimal import Decimal as D, Context

R = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
     'ROUND_HALF_DOWN', 'ROUND_05UP']
rng = random.Random(20240611)

def rnum():
    k = rng.random()
    if k < 0.03:
        return rng.choice(['NaN', '-Inf', 'Inf', '0', '-0', '0E+3', '1', '-1'])
    nd = rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 30])
    digs = ''.join(rng.choice('0123456789') for _ in range(nd))
    r = rng.random()
    if r < 0.15:
        digs = '9' * nd
    elif r < 0.25:
        digs = '5' + '0' * (nd - 1)
    elif r < 0.35:
        digs = digs[:-1] + '5'
    e = rng.choice([0, 0, -1, -2, -5, rng.randint(-30, 30), rng.randint(-60, 60)])
    return ('-' if rng.random() < 0.4 else '') + digs + 'E' + str(e)

def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)

for i in range(900):
    p = rng.choice([1, 2, 3, 4, 5, 7, 9, 12, 16, 28, 40])
    c = Context(prec=p, rounding=rng.choice(R), traps=[])
    if rng.random() < 0.25:
        c.Emax = rng.randint(0, 40)
        c.Emin = -rng.randint(0, 40)
    if rng.random() < 0.15:
        c.clamp = 1
    a, b = D(rnum()), D(rnum())
    op = rng.choice(['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'plus', 'minus', 'fma'])
    if op == 'fma':
        r = c.fma(a, b, D(rnum()))
    elif op in ('plus', 'minus'):
        r = getattr(c, op)(a)
    else:
        r = getattr(c, op)(a, b)
    print(i, op, p, c.rounding[6:], a, b, r, flags(c))
