# floor/ceil/trunc: exact ints, floats, and dispatch to __floor__/__ceil__/__trunc__/__float__/__index__.
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

class F(float):
    def __floor__(self): return 'F.floor'
    def __ceil__(self): return 'F.ceil'
    def __trunc__(self): return 'F.trunc'
class G(float):
    pass
class I(int):
    def __floor__(self): return 'I.floor'
class A:
    def __trunc__(self): return 'A.trunc'
    def __floor__(self): return 'A.floor'
    def __ceil__(self): return 'A.ceil'
class B:
    def __float__(self): return 2.5
class C:
    def __index__(self): return 7
class BadFloat:
    def __float__(self): return 'x'
for v in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e16 + 1, 1e300, -1e300, 2**70, -(2**70), 7, True, False,
          math.inf, -math.inf, math.nan, F(2.5), G(-2.5), I(3), A(), B(), C(), BadFloat(), 'x', None]:
    for f in [math.floor, math.ceil, math.trunc]:
        try:
            r = f(v)
            print(f.__name__, type(v).__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(f.__name__, type(v).__name__, type(e).__name__, e)
t(math.floor); t(math.ceil, 1, 2); t(math.trunc, x=1)
