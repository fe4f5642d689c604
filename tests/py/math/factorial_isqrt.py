# factorial and isqrt: exact results for big ints and CPython's errors.
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

class C:
    def __index__(self): return 10
for v in [0, 1, 2, 5, 12, 20, 21, 25, 50, 100, True, C(), -1, -10**30, 5.0, 5.5, '5', None]:
    t(math.factorial, v)
print(math.factorial(1000) % (10**40 + 7), math.factorial(3000).bit_length())
t(math.factorial, 2**64); t(math.factorial, 2**63)
for v in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 2**64, 2**64 - 1, 10**40, 10**41, 3**300, True, C(), -1,
          -(2**70), 4.0, 'x']:
    t(math.isqrt, v)
ok = all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(5000))
print(ok, math.isqrt(10**1000 + 12345) == 10**500)
