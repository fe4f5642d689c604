from decimal import Decimal as D, localcontext, getcontext
import decimal

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

cases = [('2', '10'), ('2', '100'), ('2', '-2'), ('1.5', '3'), ('-2', '3'), ('-2', '4'), ('10', '-3'), ('1.0', '3'),
         ('1.00', '0.5'), ('1.0', '-2'), ('1', '5'), ('-1', '7'), ('4', '0.5'), ('2', '0.5'), ('8', '1.5'),
         ('0', '2'), ('0.0', '2'), ('-0', '3'), ('0.00', '0.5'), ('-0', '-3'), ('-0', '-2'), ('0', '0'),
         ('5', '0'), ('Infinity', '0'), ('Infinity', '2'), ('Infinity', '-2'), ('-Infinity', '3'), ('-Infinity', '2'),
         ('2', 'Infinity'), ('0.5', 'Infinity'), ('1', 'Infinity'), ('-2', 'Infinity'), ('2', '-Infinity'),
         ('-2', '0.5'), ('10', '1000000'), ('10', '-1000000'), ('0.1', '2'), ('3', '-1'), ('7', '-2'),
         ('1.1', '100'), ('2.5', '-3'), ('9', '0.5'), ('100', '0.25'), ('1E+5', '3'), ('1E-5', '-3'), ('12', '12'),
         ('NaN', '2'), ('2', 'NaN'), ('sNaN', '1'), ('1.000001', '1000000'), ('0.999', '-50000'),
         ('2', '3.5'), ('10', '0.3'), ('1E+100', '1E-100'), ('3', '1E+10')]
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    ctx.traps[decimal.Overflow] = False
    for a, b in cases:
        ctx.clear_flags()
        r = D(a) ** D(b)
        print(a, '**', b, '=', r, sorted(k.__name__ for k, v in ctx.flags.items() if v))
for p in [5, 9, 16, 40]:
    with localcontext(prec=p):
        print(p, D(2) ** D('0.5'), D(3) ** -1, D('1.01') ** 365, D(7) ** D('1.25'), D('0.5') ** 20)
show(lambda: D(0) ** 0)
show(lambda: D(-2) ** D('0.5'))
show(lambda: D(10) ** 1000000)
show(lambda: pow(D(3), 4, 5))
show(lambda: pow(D(-3), 3, 7))
show(lambda: pow(D(3), -1, 5))
show(lambda: pow(D('3.5'), 2, 5))
show(lambda: pow(D(3), 2, 0))
show(lambda: pow(D(12345), 6789, 1000007))
show(lambda: D(2) ** 3 ** 2)
show(lambda: 2 ** D(3))
show(lambda: getcontext().power(2, 10))
show(lambda: getcontext().power(2, 10, 1000))
with localcontext(rounding=decimal.ROUND_DOWN):
    print(D(3) ** D('0.5'), D(2) ** 100)
with localcontext(rounding=decimal.ROUND_UP, traps=[]) as c:
    print(D('1e-50') ** 100000, D('1e-50') ** D('100000.5'), D(10) ** D('1000000.5'))
with localcontext(rounding=decimal.ROUND_FLOOR, traps=[]) as c:
    print(D('1e-50') ** 100000, D('1e-50') ** D('100000.5'), D(10) ** D('1000000.5'))
