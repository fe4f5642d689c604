from decimal import Decimal as D, localcontext, getcontext, Context
import decimal

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [('1.1', '2.2'), ('1.30', '1.2'), ('-5', '3'), ('0.1', '0.2'), ('100', '0.001'), ('-0', '0'), ('-0', '-0'),
         ('1E+10', '1E-10'), ('7', '-7'), ('123.456', '-0.006'), ('9.99', '0.01'), ('1E+999999', '1'),
         ('3', '7'), ('-17', '5'), ('17', '-5'), ('2.5', '0.5'), ('1', '3'), ('10', '4'), ('0', '5'),
         ('5', '0'), ('0', '0'), ('Infinity', '1'), ('Infinity', '-Infinity'), ('NaN', '1'), ('1', 'NaN'),
         ('-Infinity', '0'), ('1E-5', 'Infinity'), ('123456789', '0.0001')]
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    ctx.traps[decimal.DivisionByZero] = False
    for a, b in pairs:
        x, y = D(a), D(b)
        print(a, b, '->', x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
        print('   flags:', sorted(k.__name__ for k, v in ctx.flags.items() if v))
        ctx.clear_flags()

for a, b in [('1', '0'), ('0', '0'), ('1.5', '0'), ('Infinity', 'Infinity')]:
    show(lambda: D(a) / D(b))
    show(lambda: D(a) // D(b))
    show(lambda: D(a) % D(b))
    show(lambda: divmod(D(a), D(b)))
show(lambda: D('1E+30') // 3)
show(lambda: D('1E+30') % 7)
show(lambda: D('sNaN') + 1)
show(lambda: D('NaN5') * 2)
show(lambda: -D('-sNaN3'))

# mixing with int / other types
x = D('2.5')
print(x + 1, 1 + x, x - 3, 3 - x, x * 4, 4 * x, x / 2, 10 / x, x // 2, 7 // x, x % 2, 7 % x, divmod(7, x))
print(x + True, -x, +x, abs(D('-3.20')), -D('0'), +D('-0'), abs(D('-0')))
show(lambda: x + 1.0)
show(lambda: 1.0 + x)
show(lambda: x * 'ab')
show(lambda: x + 'a')
show(lambda: x + None)
show(lambda: None - x)
show(lambda: x + 1j)
show(lambda: x ** 2.0)
show(lambda: 2.0 ** x)
from fractions import Fraction
show(lambda: type(x + Fraction(1, 2)))

# rounding to precision
with localcontext(prec=5) as c:
    print(D('1.23456789') + 0, D('98765.4321') * 1, D(2) / 3, D(1) / 7, D('99999.5') + 0, +D('12345678'))
    for r in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
              decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
        c.rounding = r
        print(r, [str(+D(v)) for v in ['1.23455', '1.23465', '-1.23455', '1.234551', '-1.234549', '1.23405', '1.23451', '-9.99995']])

# zero sign rules
for r in [decimal.ROUND_HALF_EVEN, decimal.ROUND_FLOOR]:
    with localcontext(rounding=r):
        print(r, D('1') - D('1'), D('-0') + D('0'), D('-0') + D('-0'), D('-1.0') + D('1'), -D('0'), +D('-0'))

# overflow / underflow
with localcontext(Emax=5, Emin=-5, prec=3) as c:
    c.traps[decimal.Overflow] = False
    for e in ['999', '9999E+2', '1E+6', '1E-7', '1.234E-6', '5E-8', '9.99E+5']:
        c.clear_flags()
        v = +D(e)
        print(e, v, sorted(k.__name__ for k, f in c.flags.items() if f))
    c.clear_flags()
    print(D('999E+3') * 10, D('1E-7') / 100, sorted(k.__name__ for k, f in c.flags.items() if f))
show(lambda: D('9E+999999') * 10)
show(lambda: getcontext().multiply(D('1E999999'), 10))

# sums
print(sum([D('0.1')] * 10), sum(D(i) / 8 for i in range(10)), D('0.1') * 3 == D('0.3'))
total = D(0)
for price in ['19.99', '5.01', '0.10', '100']:
    total += D(price)
print(total, total * D('1.0825'), (total * D('1.0825')).quantize(D('0.01')))
