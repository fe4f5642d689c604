# nextafter and ulp around zero, one, the largest float and the special values.
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

for x, y in [(0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 2.0), (1.0, 0.0), (1.0, 1.0), (0.0, -0.0),
             (1.7976931348623157e308, math.inf), (math.inf, 0.0), (5e-324, 0.0), (-5e-324, 0.0),
             (math.nan, 1.0), (1.0, math.nan), (2, 3), (10**20, 0)]:
    t(math.nextafter, x, y)
for v in [0.0, -0.0, 5e-324, 1.0, -1.0, 2.0, 0.1, 1e300, 1.7976931348623157e308, 2**52, 2**53, math.inf,
          -math.inf, math.nan, 3, 10**30]:
    t(math.ulp, v)
t(math.nextafter, 1.0); t(math.nextafter, 'a', 1); t(math.ulp, 'x'); t(math.ulp)
