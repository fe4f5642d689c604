# fsum: exact (Shewchuk) summation, special values, overflow and errors.
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

cases = [[], [0.0], [-0.0], [-0.0, -0.0], [0.0, -0.0], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
         [1.0, 2.0**-53, 2.0**-106], [1.0, -2.0**-53, -2.0**-106], [2.0**53, -0.5, -2.0**-54],
         [1e308, 1e308, -1e308], [1e308, 1e308], [math.inf, 1.0], [math.inf, -math.inf], [math.inf, math.inf],
         [math.nan, 1.0], [math.inf, math.nan], [1, 2, 3], [10**20, 1.5], [2**1024], [True, 0.5], range(10**4),
         (x * 0.001 for x in range(1000)), [1.7976931348623157e308, -1.7976931348623157e308, 1.0],
         [5e-324, 5e-324, -1e-323], ['a'], 5, [1j]]
for c in cases:
    t(math.fsum, c)
t(math.fsum); t(math.fsum, [], [])
vals = [(-1) ** i * 10.0 ** (i % 37 - 18) * (i + 1) / 7 for i in range(500)]
print(repr(math.fsum(vals)), repr(sum(vals)))
