# hypot with any number of coordinates and dist between points (the accurate vector norm).
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

for args in [(), (3,), (-3,), (3, 4), (3, 4, 5, 6, 7), (1e308, 1e308), (1e-320, 1e-320), (1e-308, 1e-308, 1e-308),
             (math.inf, math.nan), (math.nan, 1), (-math.inf, 1), (0.0, -0.0), (2**1100, 1), (1, 1, 1, 1),
             (0.1, 0.2, 0.3), tuple(range(100)), ('a',), (1, None)]:
    t(math.hypot, *args)
t(math.hypot, 3, 4, x=1)
for p, q in [((1, 2), (3, 4)), ([1, 2], (3, 4)), ((), ()), ((1.5,), (-2.5,)), ((1, 2, 3), (4, 5, 6)),
             (iter([1]), iter([3])), ((1,), (1, 2)), ((1e308, -1e308), (-1e308, 1e308)), ((math.inf,), (math.inf,)),
             (('a',), (1,)), (1, 2), ((0.1, 0.2), (0.3, 0.4)), (range(10), range(10, 20))]:
    t(math.dist, p, q)
t(math.dist, (1, 2)); t(math.dist, (1,), (2,), (3,)); t(math.dist, p=(1,), q=(2,))
