# frexp, ldexp and modf: special values, big exponents, signed zeros.
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

for v in [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e300, 5e-324, 1.7976931348623157e308, math.inf, -math.inf,
          math.nan, 7, 2**1000, -(2**60), True]:
    t(math.frexp, v); t(math.modf, v)
t(math.frexp, 10**400); t(math.modf, 10**400)
for x, i in [(1.0, 0), (1.0, 10), (0.5, 2000), (1.0, 1023), (1.0, 1024), (1.0, -1074), (1.0, -1075), (-1.0, 2000),
             (1e308, 10), (0.0, 10**30), (-0.0, 5), (math.inf, -5), (math.nan, 3), (1.0, 2**70), (1.0, -(2**70)),
             (3, 4), (1.0, True), (1.0, 1.5), (1.0, '2'), ('a', 1)]:
    t(math.ldexp, x, i)
t(math.ldexp, 1.0); t(math.frexp); t(math.modf, 1, 2)
