from decimal import Decimal as D, localcontext, getcontext
from fractions import Fraction
import decimal

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

vals = [D('1'), D('1.0'), D('1.00'), D('-0'), D('0'), D('0.5'), D('-2.5'), D('1E+2'), D('100'), D('0.1'),
        D('Infinity'), D('-Infinity'), D('123456789.123456789'), D('1E-30')]
for a in vals:
    print(a, [int(a == b) for b in vals], [int(a < b) for b in vals])
print(D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('0.5') == Fraction(1, 2),
      D('0.1') < 0.1, D('0.1') > Fraction(1, 10), D(2) > 1, 1 < D('1.5'), 2.5 > D('2.4'), D('0.3333') < Fraction(1, 3))
print(D('Infinity') > 10 ** 100, D('-Infinity') < -1e308, D('Infinity') == float('inf'), D(1) == 1 + 0j)
print(D('NaN') == D('NaN'), D('NaN') != 1, D('NaN') == float('nan'), D(2) == 'a', D(2) != 'a', D(2) == None)
show(lambda: D('NaN') < 1)
show(lambda: D('NaN') >= D(1))
show(lambda: D(2) < 'a')
show(lambda: D(2) < None)
show(lambda: D(2) > [1])
show(lambda: D('sNaN') == 1)
show(lambda: D('NaN') < Fraction(1, 2))
print(D('NaN') == Fraction(1, 2))
with localcontext() as c:
    c.clear_flags()
    D(1) == 1.0
    print(c.flags[decimal.FloatOperation])
    c.clear_flags()
    D(1) < 1.5
    print(c.flags[decimal.FloatOperation])

# hashing
for v in ['0', '-0', '1', '1.0', '0.5', '-0.5', '2.25', '1E+2', '0.1', '123.456', '1E-20', '1E+30', '-7',
          'Infinity', '-Infinity', '3.1415926535897932384626433832795']:
    d = D(v)
    try:
        f = float(v)
    except Exception:
        f = None
    print(v, hash(d), hash(d) == hash(f) if f is not None and D(f) == d else '-',
          hash(d) == hash(Fraction(*d.as_integer_ratio())) if d.is_finite() else '-')
print(hash(D(5)) == hash(5), hash(D('5.000')) == hash(5), hash(D(-1)), hash(D(2**61 - 1)), hash(D(2**61)))
print(len({D('1'), D('1.0'), 1, 1.0, D('1.00')}), {D('0.5'): 'x'}[0.5], {0.25: 'y'}[D('0.25')])
nan = D('NaN')
print(hash(nan) == hash(nan), nan in {nan})

# sorting, min/max builtins
lst = [D('3.5'), D('-1'), D('2'), D('2.0'), D('0'), D('-0'), D('10'), D('1E+1')]
print(sorted(lst), max(lst), min(lst), sorted(lst, reverse=True))
print(sorted([D('1.5'), 1, 2.5, Fraction(7, 4), D('-3')]))

# compare / compare_total / etc.
pairs = [('1', '2'), ('2', '1'), ('1.0', '1'), ('1', '1.0'), ('-0', '0'), ('NaN', '1'), ('1', 'sNaN'),
         ('-NaN', 'NaN'), ('Infinity', 'NaN'), ('12.30', '12.3'), ('-12.30', '-12.3'), ('NaN2', 'NaN10'),
         ('sNaN', 'NaN'), ('-Infinity', '-1E+999'), ('0E-5', '0E+5')]
with localcontext() as c:
    c.traps[decimal.InvalidOperation] = False
    for a, b in pairs:
        x, y = D(a), D(b)
        print(a, b, x.compare(y), x.compare_signal(y), x.compare_total(y), x.compare_total_mag(y),
              x.max(y), x.min(y), x.max_mag(y), x.min_mag(y), x.same_quantum(y))
show(lambda: D(1).compare(1.5))
show(lambda: D(1).compare_signal(D('NaN')))
show(lambda: D(1).max(D('sNaN')))
