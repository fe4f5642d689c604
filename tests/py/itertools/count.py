# itertools.count: values, reprs, steps of every numeric kind, errors.
import itertools
from itertools import count, islice

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(type(count()), count.__name__, count.__module__)
for args in [(), (5,), (-3,), (1.5, 0.5), (0, 2), (10, -1), (0, 1.0), (True,), (True, 2),
             (2 ** 70,), (2 ** 70, 3), (1.5, True), (0, 0), (1j, 1), (3, 1j), (False, False)]:
    c = count(*args)
    print(args, repr(c), [next(c) for _ in range(4)], repr(c))
print(repr(count(start=3, step=4)), repr(count(step=2)))
c = count(2 ** 63 - 3)
print([next(c) for _ in range(5)], repr(c))
c = count(-2 ** 63 - 1, -1)
print([next(c) for _ in range(2)])
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return 'Num(%d)' % self.v
c = count(Num(3))
print(repr(c), next(c), next(c), repr(c))
show(count, 'a')
show(count, 1, 'a')
show(count, [])
show(count, None)
show(count, 1, 2, 3)
show(count, x=1)
show(count, 1, start=2)
class MyCount(count):
    pass
m = MyCount(7, 3)
print(repr(m), next(m), type(m).__name__, isinstance(m, count))
print(list(zip(count(), 'abc')))
print(list(zip(count(1, 0.25), range(5))))
print(iter(c) is c)
