from decimal import Decimal, Context, getcontext, InvalidOperation, localcontext
import decimal

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['0', '-0', '+0', '1', '-1', '123.456', '-123.4560', '1e5', '1E+5', '1e-5', '-1.5e-10',
          '.5', '5.', '-.5', '+5.', '0.000', '0e10', '-0e-10', '1_000', '1_000.000_1', '1__0', '_1', '1_',
          '  42  ', '\t-3.14\n', '\u0661\u0662\u0663', '1e_5', 'NaN', 'nan', '-NaN', 'NaN123', 'nan0012',
          'sNaN', '-snan45', 'Inf', 'inf', '-Infinity', 'INFINITY', '+inf', 'Inf1', '.', '', ' ', '1e', 'e5',
          '1.2.3', '1e5e5', '--1', '+-1', '1 2', 'abc', '0x10', '1e+', '1e-', '١.٥', '12345678901234567890123456789012345',
          '9' * 40 + 'e-100', '1E999999999', '-1E-999999999']:
    show(lambda: Decimal(s))

for v in [0, 1, -1, 10**30, -(10**50), True, False, 2**63, -2**64 + 1]:
    show(lambda: Decimal(v))

for f in [0.0, -0.0, 0.5, 0.1, -2.75, 1e100, 1e-20, 3.141592653589793, float('inf'), float('-inf'), 123456789.125]:
    show(lambda: Decimal(f))
show(lambda: Decimal(float('nan')))
show(lambda: Decimal.from_float(0.1))
show(lambda: Decimal.from_float(5))
show(lambda: Decimal.from_float('x'))

for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (4, 5), 3), (0, (), 'F'), (1, (1, 2), 'n'), (0, (7,), 'N'),
          (0, [1, 2], -1), [1, (3,), 2], (0, (0, 0, 1), 0), (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5),
          (0, (1,), 'x'), (0, 5, 0), (0, (1,)), (0, ('1',), 0), (-1, (1,), 0)]:
    show(lambda: Decimal(t))

show(lambda: Decimal(None))
show(lambda: Decimal(1j))
show(lambda: Decimal(b'12'))
show(lambda: Decimal([1, 2]))
show(lambda: Decimal('1.5', 3))
show(lambda: Decimal('1.23456', Context(prec=2)))
show(lambda: Decimal('junk', Context(traps=[])))
show(lambda: Decimal(Decimal('1.50')))
show(lambda: Decimal())

class MyDec(Decimal):
    pass
m = MyDec('3.25')
print(type(m).__name__, repr(m), type(m + 1).__name__)
print(isinstance(m, Decimal), MyDec(Decimal('7')))

# conversion with context
c = Context(prec=3)
for s in ['1.23456', '-9.9999', '12345', 'nan1234', 'nan12']:
    show(lambda: c.create_decimal(s))
show(lambda: c.create_decimal(1.1))
show(lambda: c.create_decimal_from_float(2.675))
show(lambda: Context(prec=3, clamp=1).create_decimal('nan123'))
show(lambda: Context(prec=3, clamp=1).create_decimal('nan12'))
show(lambda: Decimal('nan' + '1' * 29))
show(lambda: Decimal('nan' + '1' * 28))

# float operation signal
with localcontext() as ctx:
    ctx.clear_flags()
    Decimal(1.5)
    print(ctx.flags[decimal.FloatOperation])
    ctx.traps[decimal.FloatOperation] = True
    show(lambda: Decimal(1.5))
    show(lambda: Decimal.from_float(1.5))
    show(lambda: Decimal(2) < 1.5)
    show(lambda: Decimal(2) == 2.0)
