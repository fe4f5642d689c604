# sin/cos/tan and their inverses, atan2 with signed zeros and infinities.
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

vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, math.pi, -math.pi, math.pi / 2, 1e-300, 1e22, 2**53, 3, -7,
        math.inf, -math.inf, math.nan, 1.0000000001, True]
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan']:
    for v in vals:
        t(getattr(math, name), v)
for y in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]:
    for x in [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan]:
        t(math.atan2, y, x)
t(math.atan2, 3, 4); t(math.atan2, 10**400, 1); t(math.atan2, 'a', 1)
