# copysign, fmod, remainder and fabs with signed zeros, infinities and NaNs.
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

vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, 1e300, math.inf, -math.inf, math.nan, 7, -(10**30)]
for x in vals:
    for y in vals:
        t(math.copysign, x, y); t(math.fmod, x, y); t(math.remainder, x, y)
for x, y in [(5.0, 2.0), (7.0, 2.0), (-5.0, 2.0), (6.0, 4.0), (10.0, 4.0), (2.5, 1.0), (3.5, 1.0), (0.1, 0.03)]:
    t(math.remainder, x, y); t(math.fmod, x, y)
for v in [-0.0, -1.5, 1.5, -math.inf, math.nan, -(10**20), True]:
    t(math.fabs, v)
t(math.copysign, 1); t(math.fmod, 'a', 1); t(math.remainder, 1, None)
