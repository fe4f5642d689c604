# exp, exp2, expm1, log (with base), log2, log10, log1p, sqrt, cbrt.
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

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 1e-10, -1e-10, 1e-300, 5e-324, 709.78, 709.79, -745.2, -746.0,
        1024.0, 1025.0, -1075.0, 1e300, math.e, math.inf, -math.inf, math.nan, 7, -3]
for name in ['exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sqrt', 'cbrt']:
    for v in vals:
        t(getattr(math, name), v)
for x, b in [(8, 2), (100, 10), (2.5, 1.5), (1, 10), (10, 1), (10, 0.5), (0, 2), (2, 0), (-2, 2), (2, -2),
             (math.inf, 2), (2, math.inf), (math.e, math.e), (27, 3), (1000, 10), (10, 10**300)]:
    t(math.log, x, b)
t(math.log); t(math.log, 1, 2, 3); t(math.log, 'x'); t(math.log, 2, 'x'); t(math.log, x=2)
