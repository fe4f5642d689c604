import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext)

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=5, rounding=decimal.ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
              flags=[decimal.Inexact], traps=[decimal.Overflow, decimal.Clamped]))
print(Context(flags={s: s is decimal.Rounded for s in getcontext().flags}))
c = Context()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
for kw in [dict(prec=0), dict(prec='x'), dict(prec=1.5), dict(prec=decimal.MAX_PREC + 1), dict(rounding='x'),
           dict(rounding=5), dict(Emin=1), dict(Emax=-1), dict(Emin='x'), dict(capitals=2), dict(capitals='1'),
           dict(clamp=2), dict(flags=[1]), dict(flags=1), dict(flags={decimal.Inexact: True}),
           dict(traps={decimal.Inexact: 1})]:
    show(lambda: Context(**kw))
for attr, val in [('prec', 0), ('prec', 50), ('rounding', 'ROUND_UP'), ('rounding', 'up'), ('Emax', 100),
                  ('Emin', -100), ('capitals', 0), ('clamp', 1), ('flags', [decimal.Rounded]), ('traps', {})]:
    show(lambda: (setattr(c, attr, val), getattr(c, attr))[1])
print(c)
print(c.flags)
print(c.traps)
c.flags[decimal.Inexact] = True
print(c.flags[decimal.Inexact], c.flags[decimal.Rounded], len(c.flags), list(c.flags)[:3])
show(lambda: c.flags[1])
show(lambda: c.flags.__setitem__(1, True))
show(lambda: c.flags.__delitem__(decimal.Inexact))
print(c.flags == c.flags.copy(), type(c.flags.copy()).__name__, decimal.Rounded in c.flags)
c.clear_flags()
c.clear_traps()
print(c)
print(c.copy(), c.copy() is c)
print(c.__reduce__()[1])

# getcontext / setcontext
orig = getcontext()
show(lambda: setcontext(5))
n = Context(prec=7)
setcontext(n)
print(getcontext() is n, D(1) / 3)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, D(2) / 3)
setcontext(orig)
print(getcontext() is orig, D(2) / 3)

# localcontext
with localcontext() as lc:
    lc.prec = 4
    print(D(1) / 7, lc is getcontext())
print(D(1) / 7)
with localcontext(prec=6, rounding=decimal.ROUND_UP) as lc:
    print(D(1) / 7, lc.prec, lc.rounding)
with localcontext(Context(prec=3)) as lc:
    print(D(2) / 3)
show(lambda: localcontext(prec=5, foo=1))
show(lambda: localcontext(prec=0))
show(lambda: localcontext(5))
show(lambda: localcontext(traps=[decimal.Inexact]).__enter__() and None)
setcontext(orig)
with localcontext(flags=[decimal.Rounded]) as lc:
    print(lc.flags[decimal.Rounded])
try:
    with localcontext(prec=2):
        print(D(10) / 3)
        raise KeyError('x')
except KeyError:
    pass
print(getcontext().prec)

# context methods
c = Context(prec=5)
print(c.add(1, 2), c.subtract(D('1.5'), 3), c.multiply(D('1.23456'), 7), c.divide(1, 3), c.divide_int(17, 5),
      c.remainder(17, 5), c.divmod(17, 5), c.power(2, 20), c.plus(D('1.234567')), c.minus(3), c.abs(-4),
      c.sqrt(2), c.exp(1), c.ln(10), c.log10(200), c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.fma(2, 3, 4),
      c.quantize(D('1.2345'), D('0.01')), c.normalize(D('1.500')), c.to_sci_string(D('1E+5')),
      c.to_eng_string(D('1E+5')), c.copy_sign(1, -2), c.is_zero(0), c.is_finite(1), c.number_class(D('-0')),
      c.remainder_near(10, 6), c.next_plus(1), c.next_minus(1), c.next_toward(1, 2), c.scaleb(1, 3),
      c.logb(1000), c.same_quantum(D('1.0'), D('2.0')), c.copy_abs(-1), c.copy_negate(1), c.create_decimal('1.234567'),
      c.to_integral_exact(D('1.5')), c.to_integral_value(D('2.5')), c.radix(), c.canonical(D(2)),
      c.is_canonical(D(1)), c.compare_total(1, D('1.0')), c.compare_signal(1, 2))
show(lambda: c.add(1, 1.5))
show(lambda: c.add('1', 2))
show(lambda: c.abs(None))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS,
      decimal.HAVE_CONTEXTVAR)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.__version__)
