import decimal
from decimal import Decimal as D, localcontext, Context, getcontext, ExtendedContext

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e, [c.__name__ for c in e.args[0]] if e.args and isinstance(e.args[0], list) else '')

names = ['DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
         'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'DivisionUndefined', 'ConversionSyntax',
         'InvalidContext']
for n in names:
    cls = getattr(decimal, n)
    print(n, [b.__name__ for b in cls.__mro__], cls.__module__)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      issubclass(decimal.DivisionUndefined, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError))

show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(1) % 0)
show(lambda: divmod(D(1), 0))
show(lambda: D('abc'))
show(lambda: D(-1).sqrt())
show(lambda: D('1e999999') * 10)
show(lambda: D('Infinity') - D('Infinity'))
show(lambda: D('1E+50') // D('1E-50'))
show(lambda: D('nan') < 1)
show(lambda: D('snan') == 1)
show(lambda: D('nan') == 1)
show(lambda: D('nan') != D('nan'))
show(lambda: hash(D('snan')))
with localcontext() as c:
    c.traps[decimal.Inexact] = True
    show(lambda: D(1) / 3)
    show(lambda: D('1e999999') * 10)
    c.traps[decimal.Rounded] = True
    show(lambda: D(1) / 3)
    show(lambda: D('1.23456789012345678901234567890') + 0)
    print(c.flags[decimal.Inexact], c.flags[decimal.Rounded])
with localcontext(Emin=-5, prec=3) as c:
    c.traps[decimal.Underflow] = True
    show(lambda: D('1E-5') / 1000)
    c.traps[decimal.Underflow] = False
    c.traps[decimal.Subnormal] = True
    show(lambda: D('1E-6') + 0)
    c.traps[decimal.Subnormal] = False
    c.traps[decimal.Clamped] = True
    show(lambda: D('1E-50') + 0)
    show(lambda: D(0) * D('1E-50'))
with localcontext(Emax=3, prec=3, clamp=1) as c:
    c.traps[decimal.Clamped] = True
    show(lambda: D('1E+3') + 0)
# flags accumulate; caught exceptions keep flags set
with localcontext() as c:
    c.clear_flags()
    try:
        D(1) / 0
    except decimal.DivisionByZero as e:
        print('caught', type(e).__name__, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
    try:
        D(0) / 0
    except decimal.InvalidOperation as e:
        print('inv', type(e).__name__, isinstance(e, ZeroDivisionError))
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
    print(c)
    c.traps[decimal.InvalidOperation] = False
    c.traps[decimal.DivisionByZero] = False
    print(D(1) / 0, D(0) / 0, D(-1) / 0, D('inf') * 0, D(-4).sqrt(), D(0).ln(), D(-1).ln(), D(0).log10())
with localcontext(ExtendedContext) as c:
    print(D(1) / 0, D(0) / 0, D('abc'), D(1) / 3, D('1E999999999') * 10)
    print(c)
try:
    D(1) / 0
except decimal.DecimalException as e:
    print('DecimalException caught:', e)
try:
    D('x')
except ValueError as e:
    print('not a ValueError')
except ArithmeticError as e:
    print('ArithmeticError:', e)
