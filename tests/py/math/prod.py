# prod(iterable, *, start=1): ints, floats, big ints, any multiplicable objects.
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

t(math.prod, []); t(math.prod, [1, 2, 3, 4]); t(math.prod, range(1, 25)); t(math.prod, range(1, 40))
t(math.prod, [2**62, 4, 2**62]); t(math.prod, [-(2**62), 2, 3]); t(math.prod, [2.5, 2]); t(math.prod, [1, 2.0, 3])
t(math.prod, [1, 2], start=5); t(math.prod, [], start='x'); t(math.prod, [3], start='ab'); t(math.prod, ['ab', 3])
t(math.prod, [[1], 2]); t(math.prod, [True, True]); t(math.prod, [1j, 1j]); t(math.prod, [math.inf, 0])
t(math.prod, (x for x in [3, 4])); t(math.prod, [2, None]); t(math.prod, 5); t(math.prod, [1], 2)
t(math.prod); t(math.prod, [1, 2], begin=1); t(math.prod, iterable=[1, 2]); t(math.prod, [1.5] * 3, start=2)
class M:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return M(self.v * 10 + o)
    def __repr__(self): return 'M(%r)' % self.v
t(math.prod, [1, 2, 3], start=M(0))
