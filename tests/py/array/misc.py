# Arrays with builtins and other modules: reversed, sorted, sum, min/max, weakref, large arrays.
import weakref
from array import array

a = array('i', [3, 1, 2])
print(list(reversed(a)), sorted(a), sum(a), min(a), max(a), list(enumerate(a)), list(zip(a, a)))
print(sum(array('d', [0.5, 0.25])), any(array('b', [0, 0])), all(array('B', [1, 2])))
print(list(map(str, array('u', 'xyz'))), ''.join(array('u', 'join')), bool(array('i')), bool(a))
r = weakref.ref(a)
print(r() is a)
big = array('q', range(100000))
print(len(big), big[-1], sum(big), big[50000:50003], big.count(5), big.index(99999))
big2 = big * 2
print(len(big2), big2[100000], big2 == big + big)
del big2[::2]
print(len(big2), big2[:3], big2[-1])
u = array('u', 'ab' * 1000)
print(len(u.tounicode()), u.tounicode()[:6])
f = array('f', (i / 4 for i in range(8)))
print(f, f.tolist() == [i / 4 for i in range(8)])
print([array(tc, 'a' if tc == 'u' else [1]).itemsize for tc in 'bBuhHiIlLqQfd'])


class Init(array):
    def __init__(self, tc, init=(), *, tag=None):
        self.tag = tag


x = Init('i', [1, 2], tag='t')
print(x, x.tag, len(x))
try:
    array('i', [1], tag=2)
except TypeError as e:
    print('TypeError', e)
s = set()
for tc in 'bhil':
    s.add(tuple(array(tc, [1, -1])))
print(s)
d = {}
for tc in 'bBuhHiIlLqQfd':
    d[tc] = bytes(array(tc, 'a' if tc == 'u' else [7]))
print(d)
