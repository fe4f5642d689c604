from decimal import Decimal as D, localcontext, Context, getcontext
import decimal

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

vals = ['0', '-0', '1', '-1.5', '1E-999999', '1E-1000000', 'Infinity', '-Infinity', 'NaN', 'sNaN', '-NaN7',
        '123.450', '1E+999999']
for v in vals:
    d = D(v)
    print(v, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_normal(), d.is_subnormal(), d.is_canonical(), d.number_class(), d.copy_abs(), d.copy_negate(),
          d.copy_sign(D(-1)), d.canonical(), d.radix())
with localcontext() as c:
    c.traps[decimal.InvalidOperation] = False
    c.traps[decimal.DivisionByZero] = False
    c.traps[decimal.Overflow] = False
    for v in vals:
        d = D(v)
        print(v, d.next_plus(), d.next_minus(), d.next_toward(D(0)), d.next_toward(D(5)), d.logb(),
              d.scaleb(D(2)), d.scaleb(D(-3)), d.normalize())
for p in [3, 9]:
    c = Context(prec=p, Emax=99, Emin=-99, traps=[])
    for v in ['1', '9.99E+99', '-9.99E+99', '0', '1E-101', '-1E-101', '123']:
        print(p, v, c.next_plus(D(v)), c.next_minus(D(v)), c.next_toward(D(v), D('Infinity')))
print(D(1).fma(2, 3), D('1.5').fma(D('2.5'), D('-0.75')), D(2).fma(3, D('NaN')))
show(lambda: D('Infinity').fma(0, 1))
show(lambda: D(2).fma(3, 1.5))
with localcontext(prec=5):
    print(D('1.23456').fma(D('9.87654'), D('0.000001')), D('1.23456') * D('9.87654') + D('0.000001'))
print(D('1.2').same_quantum(D('3.4')), D('1.2').same_quantum(D('3')), D('NaN').same_quantum(D('NaN')),
      D('Infinity').same_quantum(D('-Infinity')), D(1).same_quantum(D('NaN')))
show(lambda: D(1).scaleb(D('1.5')))
show(lambda: D(1).scaleb(D('1E+20')))
show(lambda: D(0).logb())
print(D(10).remainder_near(6), D(10).remainder_near(4), D(-10).remainder_near(3), D('3.5').remainder_near(1),
      D('2.5').remainder_near(1))
show(lambda: D(1).remainder_near(0))
with localcontext(prec=9):
    for v, s in [('123456789', 2), ('123456789', -2), ('1', 9), ('12', 0), ('123456789', 9)]:
        print(v, s, D(v).shift(s), D(v).rotate(s))
    show(lambda: D(1).shift(10))
    show(lambda: D(1).rotate(D('1.5')))
    print(D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)),
          D(1100).logical_invert(), D(0).logical_invert())
    show(lambda: D(12).logical_and(D(1)))
    show(lambda: D(-1).logical_invert())
print(D('3.14').real, D('3.14').imag, D('3.14').conjugate(), D(2).radix())
import copy, pickle
d = D('-12.50')
print(copy.copy(d), copy.deepcopy(d), copy.copy(d) is d, d.__reduce__())
print(pickle.loads(pickle.dumps(d)) == d)
c = copy.copy(Context(prec=4))
print(c.prec, copy.deepcopy(Context(prec=6)).prec)
print(isinstance(D(1), __import__('numbers').Number), isinstance(D(1), __import__('numbers').Real))
