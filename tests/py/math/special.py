# gamma, lgamma (Lanczos), erf, erfc: values, poles and overflow.
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

vals = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 2.0, 3.0, 5.5, 10.0, 23.0, 24.0, 100.5, 170.0, 171.0, 171.7, 172.0,
        -1.0, -2.0, -1.5, -2.5, -170.5, -171.5, -180.5, 1e-20, -1e-20, 1e-310, 250.0, -250.5, 2.5e305,
        math.inf, -math.inf, math.nan, 7, -7, 0.1, 4.7]
for name in ['gamma', 'lgamma', 'erf', 'erfc']:
    for v in vals:
        t(getattr(math, name), v)
for v in [-6.0, -3.0, -1.0, 0.0, 0.3, 1.0, 2.7, 6.0, 27.0, -27.0]:
    t(math.erf, v); t(math.erfc, v)
