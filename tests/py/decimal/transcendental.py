from decimal import Decimal as D, localcontext, getcontext, Context
import decimal

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

args = ['0', '-0', '1', '2', '0.5', '10', '100', '1E+2', '1E-10', '0.0001', '123.456', '1.00', '4', '16.0000',
        '0.25', '1E+100', '2.5E-7', '9.99999999', '0.999999999999', '1.000000000001', 'Infinity', '-Infinity',
        'NaN', '-2', '1000000']
with localcontext() as c:
    c.traps[decimal.InvalidOperation] = False
    c.traps[decimal.DivisionByZero] = False
    c.traps[decimal.Overflow] = False
    for p in [9, 28]:
        c.prec = p
        for a in args:
            d = D(a)
            c.clear_flags()
            r = (d.sqrt(), d.exp(), d.ln(), d.log10())
            print(p, a, *r, sorted(k.__name__ for k, v in c.flags.items() if v))
for p in [1, 2, 3, 5, 50, 100]:
    with localcontext(prec=p):
        print(p, D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(10).ln())
with localcontext(rounding=decimal.ROUND_DOWN):
    print(D(1).exp(), D(2).ln(), D(2).sqrt(), D(3).sqrt(), D(7).log10())
with localcontext(rounding=decimal.ROUND_UP):
    print(D(1).exp(), D(2).ln(), D(2).sqrt(), D(3).sqrt(), D(7).log10())
with localcontext(traps=[]) as c:
    print(D(1000000).exp(), D(-1000000).exp(), D('1E-1000').exp(), D('-1E-1000').exp(), D('2302585').exp())
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext(Emax=10, Emin=-10, prec=5, traps=[]) as c:
    print(D(30).exp(), D(-30).exp(), D(-25).exp(), D(23).exp(), D('1E-30').sqrt(), D('1E-11').sqrt())
show(lambda: D(-1).sqrt())
show(lambda: D(-1).ln())
show(lambda: D(0).ln())
show(lambda: D(0).log10())
show(lambda: D('-inf').sqrt())
print(D('1.0000').sqrt(), D('0.0100').sqrt(), D('1E+3').sqrt(), D('1E+4').sqrt(), D('0E-3').sqrt(), D('-0').sqrt())
print([str(D(i).sqrt()) for i in range(1, 30)])
print([str(D(i).ln()) for i in range(1, 12)])
print([str(D(10) ** i) + ':' + str((D(10) ** i).log10()) for i in range(-3, 4)])
print(Context(prec=3).sqrt(D(2)), Context(prec=3).exp(D('0.5')), Context(prec=3).ln(D('0.5')))
