# math.pow: IEEE special cases, domain and range errors (always floats).
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

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e300, math.inf, -math.inf, math.nan]
for x in vals:
    for y in vals:
        t(math.pow, x, y)
for x, y in [(0, -1), (-8, 1 / 3), (10, 400), (2, 0.5), (2, 10), (-2, 3), (10**400, 1), (2, -1075), (7, 2)]:
    t(math.pow, x, y)
t(math.pow, 1); t(math.pow, 1, 2, 3); t(math.pow, 'a', 2)
