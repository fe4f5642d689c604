# Argument-count and type errors of every math function.
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

for n in sorted(x for x in dir(math) if not x.startswith('_')):
    f = getattr(math, n)
    if not callable(f):
        continue
    t(f); t(f, 1, 2, 3); t(f, x=1); t(f, 1, 2, 3, 4, 5); t(f, 'a'); t(f, 'a', 'b'); t(f, []); t(f, 1.5, 2)
