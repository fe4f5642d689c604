# deque subclasses: repr with the class name, copy, +, *, __init__ overrides, attributes.
from collections import deque

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class D(deque):
    pass

d = D([1, 2])
print(d, type(d).__name__, isinstance(d, deque), d.maxlen)
print(D('abc', 2))
d.extra = 'x'; print(d.extra, d.__dict__)
print(type(d.copy()).__name__, d.copy(), d.copy().__dict__)
print(type(d + deque([3])).__name__, d + deque([3]))
print(type(deque([3]) + d).__name__, deque([3]) + d)
print(type(d * 2).__name__, d * 2)
print(D([1], 3) * 2)
d.append(d); print(d)

class Fixed(deque):
    def __init__(self, items):
        super().__init__(items, 4)
f = Fixed(range(10)); print(f, f.maxlen)
trap(lambda: f.copy())
trap(lambda: f + deque([1]))

class Weird(deque):
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, a, b=None, c=None):
        super().__init__([a, b, c])
w = Weird(1, 2); print(w)
trap(lambda: w.copy())

class Counting(deque):
    def append(self, x):
        super().append(x * 10)
c = Counting(); c.append(1); c.extend([2, 3]); print(c)

class Named(deque):
    def __repr__(self):
        return 'Named<' + ','.join(map(str, self)) + '>'
print(Named('ab'), [Named('c')])

class Cmp(deque):
    def __eq__(self, other):
        return 'eq!'
print(Cmp() == deque(), deque() == Cmp(), deque([1]) == D([1]), D([1]) < deque([2]))

class NotDeque:
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'
print(deque() + NotDeque(), deque() * NotDeque())
print(d.__reduce__()[0].__name__, d.__reduce__()[1], d.__reduce__()[2])
print(deque([1], 4).__reduce__()[:3], list(deque([1], 4).__reduce__()[3]))
import weakref
r = weakref.ref(d); print(r() is d)
