# Logarithms of ints too big for a float, and of bools and int subclasses.
import math
def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(f.__name__, safe(a), k, safe(r))
def safe(x):
    if isinstance(x, tuple):
        return '(' + ', '.join(safe(y) for y in x) + ')'
    if isinstance(x, int) and x.bit_length() > 3000:
        return 'int(%d bits, mod 1e9+7 = %d)' % (x.bit_length(), x % 1000000007)
    s = repr(x)
    return '<%s>' % type(x).__name__ if ' at 0x' in s else s

class I(int):
    pass
for v in [1, 2, 10, 2**53 + 1, 2**1023, 2**1024, 2**1030 + 1, 10**308, 10**309, 10**1000, 3**5000,
          True, I(10**400), 0, -1, -10**400, False]:
    for name in ['log', 'log2', 'log10', 'log1p', 'sqrt', 'exp']:
        t(getattr(math, name), v)
    t(math.log, v, 10); t(math.log, 1000, v)
t(math.log, 10**400, 10**200)
t(math.log2, 2**100000); t(math.log10, 10**5000 * 7)
