# comb and perm: small and big arguments, perm's optional k, and the errors.
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

for n, k in [(10, 3), (10, 0), (0, 0), (3, 10), (10, 10), (52, 5), (50, 25), (100, 50), (200, 3),
             (10**20, 2), (10**30, 3), (2**70, 1), (1000, 500), (True, True), (-1, 2), (2, -1), (1.0, 1),
             (1, 'x'), (2**70, 2**69), (100, 2**70), (2**70, 2**70 - 5)]:
    t(math.comb, n, k); t(math.perm, n, k)
print(math.comb(3000, 1500) % (10**20 + 39), math.perm(3000, 1500) % (10**20 + 39))
t(math.perm, 5); t(math.perm, 5, None); t(math.perm, -5); t(math.perm, 0); t(math.comb, 5); t(math.perm)
t(math.perm, 1, 2, 3); t(math.comb, 1, 2, 3); t(math.comb, n=5, k=2); t(math.perm, 5.0)
