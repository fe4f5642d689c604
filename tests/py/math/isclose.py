# isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
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

for a, b in [(1, 1), (1, 1.0000000001), (1, 1.00000001), (0, 1e-10), (1e-10, 1e-10 * (1 + 1e-8)),
             (math.inf, math.inf), (math.inf, -math.inf), (math.inf, 1e308), (math.nan, math.nan), (-0.0, 0.0),
             (10**400, 10**400), (1, True)]:
    t(math.isclose, a, b)
t(math.isclose, 1, 1.1, rel_tol=0.2); t(math.isclose, 1, 1.1, rel_tol=0.05); t(math.isclose, 0, 1e-10, abs_tol=1e-9)
t(math.isclose, 0, 1e-8, abs_tol=1e-9); t(math.isclose, 1, 2, rel_tol=-1); t(math.isclose, 1, 2, abs_tol=-1e-300)
t(math.isclose, 1, 2, rel_tol=math.inf); t(math.isclose, 1, 2, abs_tol=math.nan); t(math.isclose, a=1, b=1)
t(math.isclose, 1, 2, 3); t(math.isclose, 1); t(math.isclose, 1, 'a'); t(math.isclose, 1, 2, foo=1)
t(math.isclose, 1, 2, rel_tol='x'); t(math.isclose, 1, b=2, a=3); t(math.isclose, 1, a=2)
