# Randomized comparison: quantize, sqrt, exp, ln, log10, power, format, str with random inputs.
import random
from decimal import Decimal as D, Context

R = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
     'ROUND_HALF_DOWN', 'ROUND_05UP']
rng = random.Random(777)

def rnum(maxd=20, emin=-25, emax=25):
    nd = rng.randint(1, maxd)
    digs = str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(nd - 1))
    return ('-' if rng.random() < 0.3 else '') + digs + 'E' + str(rng.randint(emin, emax))

def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)

for i in range(500):
    p = rng.choice([1, 3, 5, 9, 16, 28, 34])
    c = Context(prec=p, rounding=rng.choice(R), traps=[])
    op = rng.choice(['quantize', 'sqrt', 'exp', 'ln', 'log10', 'power', 'powerint', 'format', 'str',
                     'to_integral_exact', 'normalize', 'compare_total', 'next_plus'])
    if op == 'quantize':
        a = D(rnum())
        r = c.quantize(a, D('1E' + str(rng.randint(-8, 5))))
    elif op in ('sqrt', 'ln', 'log10'):
        a = D(rnum()).copy_abs()
        r = getattr(c, op)(a)
    elif op == 'exp':
        a = D(rnum(8, -8, 1))
        r = c.exp(a)
    elif op == 'power':
        a = D(rnum(6, -3, 3)).copy_abs()
        b = D(rnum(3, -2, 0))
        r = c.power(a, b)
    elif op == 'powerint':
        a = D(rnum(6, -3, 3))
        b = D(rng.randint(-12, 40))
        r = c.power(a, b)
    elif op == 'format':
        a = D(rnum())
        spec = rng.choice(['', '>', '<', '^']) + rng.choice(['', '+', ' ']) + rng.choice(['', '12', '20']) + \
            rng.choice(['', ',']) + rng.choice(['', '.0', '.2', '.5']) + rng.choice(['', 'e', 'E', 'f', 'g', 'G', '%'])
        r = spec + '|' + format(a, spec)
    elif op == 'str':
        a = D(rnum(10, -15, 15))
        r = str(a) + ' ' + a.to_eng_string()
    elif op == 'compare_total':
        a = D(rnum(3, -2, 2))
        r = c.compare_total(a, D(rnum(3, -2, 2)))
    else:
        a = D(rnum())
        r = getattr(c, op)(a)
    print(i, op, p, c.rounding[6:], a, r, flags(c))
