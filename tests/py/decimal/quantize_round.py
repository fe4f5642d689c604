from decimal import Decimal as D, localcontext, getcontext, Context
import decimal, math

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
for v in ['2.675', '-2.675', '1.005', '2.5', '3.5', '-2.5', '0.125', '7.0049', '1.995', '-0.005', '10.01', '0.05']:
    print(v, [str(D(v).quantize(D('0.01'), rounding=m)) for m in modes])
for v in ['123.456', '1E+3', '-0', '0.0001', '99.995']:
    for q in ['1', '0.1', '1E+1', '1E-5', '1E+2']:
        show(lambda: (v, q, D(v).quantize(D(q))))
show(lambda: D('1.5').quantize(D('1e30')))
show(lambda: D('1e100').quantize(D('1')))
show(lambda: D('123.456').quantize(D('1e-30')))
show(lambda: D('Infinity').quantize(D('1')))
show(lambda: D('Infinity').quantize(D('Infinity')))
show(lambda: D('NaN').quantize(D('1')))
show(lambda: D(1).quantize(D('1.00'), rounding='bogus'))
show(lambda: D(1).quantize(D('1.00'), context=5))
show(lambda: D(1).quantize(1))
show(lambda: D(1).quantize('1'))
show(lambda: D('1.23').quantize(D('0.1'), context=Context(prec=1)))
with localcontext() as c:
    c.clear_flags()
    D('1.20').quantize(D('0.1'))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
    c.clear_flags()
    D('1.25').quantize(D('0.1'))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))

# round()
for v in ['2.5', '3.5', '-2.5', '0.5', '1.4999', '-0.5', '123.456', '1E+5', '-7.5']:
    d = D(v)
    print(v, round(d), type(round(d)).__name__, round(d, 1), round(d, 0), round(d, -1), round(d, 2))
show(lambda: round(D('nan')))
show(lambda: round(D('inf')))
show(lambda: round(D('-inf'), 2))
show(lambda: round(D('1.5'), 'x'))
show(lambda: round(D('1.23456789'), 30))
show(lambda: round(D('2675'), -2))

# int / float / floor / ceil / trunc
for v in ['2.7', '-2.7', '2.5', '-0.5', '0', '1E+3', '123456789012345678901234567890.9', '-1E-10']:
    d = D(v)
    print(v, int(d), float(d), math.floor(d), math.ceil(d), math.trunc(d), complex(d))
for v in ['NaN', '-Infinity', 'sNaN', '-NaN']:
    show(lambda: int(D(v)))
    show(lambda: float(D(v)))
show(lambda: math.floor(D('inf')))
show(lambda: math.ceil(D('nan')))

# to_integral
for v in ['2.5', '3.5', '-2.5', '1.99', '1E+2', '-0.1', '0.000', 'Infinity']:
    d = D(v)
    print(v, d.to_integral_value(), d.to_integral_exact(), d.to_integral(rounding=decimal.ROUND_UP),
          d.to_integral_value(decimal.ROUND_FLOOR))
with localcontext() as c:
    c.clear_flags()
    D('1.5').to_integral_value()
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
    D('1.5').to_integral_exact()
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
show(lambda: D(5).to_integral_value(rounding=5))

# normalize
for v in ['1.200', '0.00', '-0E+5', '1E+3', '120E-1', '100', 'Infinity', '1.23456789012345678901234567890123']:
    print(v, D(v).normalize())
print(Context(prec=3, Emax=5, clamp=1).normalize(D('1E+5')), Context(prec=3).normalize(D('123456')))
