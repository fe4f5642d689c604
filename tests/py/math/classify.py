# isfinite, isinf, isnan; degrees and radians.
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

for v in [0.0, -0.0, 1.0, 1e308, 5e-324, math.inf, -math.inf, math.nan, -math.nan, 7, 10**300, True,
          float('nan'), 'x', None]:
    t(math.isfinite, v); t(math.isinf, v); t(math.isnan, v)
t(math.isnan, 10**400)
for v in [0.0, -0.0, 1.0, math.pi, -math.pi / 2, 180, 360.0, 1e308, math.inf, math.nan, 45]:
    t(math.degrees, v); t(math.radians, v)
