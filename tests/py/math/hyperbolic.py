# sinh/cosh/tanh and asinh/acosh/atanh: overflow, domain errors, signed zeros.
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

vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 20.0, 709.0, 710.0, -710.0, 1e300, 1e-300, 0.9999999999999999,
        math.inf, -math.inf, math.nan, 10, -10**20]
for name in ['sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    for v in vals:
        t(getattr(math, name), v)
