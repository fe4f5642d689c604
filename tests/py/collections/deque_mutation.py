# deque: mutation during iteration, count, index, remove and `in` (CPython's state checks).
from collections import deque

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

d = deque([1, 2, 3])
def grow():
    for x in d:
        d.append(x)
trap(grow)
print(d)
d = deque([1, 2, 3])
def shrink():
    for x in d:
        d.pop()
trap(shrink)
d = deque([1, 2, 3])
it = iter(d); next(it); d.appendleft(0)
trap(lambda: next(it))
trap(lambda: next(it))
d = deque([1, 2, 3])
it = reversed(d); print(next(it)); d.append(4)
trap(lambda: next(it))
trap(lambda: next(it))
# item assignment and reverse() are not mutations for the iterator
d = deque([1, 2, 3])
it = iter(d); print(next(it)); d[1] = 'two'; print(list(it))
d = deque([1, 2, 3, 4])
it = iter(d); print(next(it)); d.reverse(); print(list(it))
# rotate (even by 0 on a deque of 2+) and clear are
for op in ('rotate(0)', 'rotate(1)', 'clear()', 'extend([5])', 'extend([])', 'remove(2)',
           'insert(1, 9)', '__imul__(1)', '__imul__(2)', '__iadd__([])'):
    d = deque([1, 2, 3])
    it = iter(d)
    eval('d.' + op)
    trap(lambda: list(it))
d = deque([1]); it = iter(d); d.rotate(3); print(list(it))
d = deque(); it = iter(d); d.clear(); print(list(it))
# exhausted iterators notice too (forward), reverse ones do not
d = deque([1]); it = iter(d); print(list(it)); d.append(2)
trap(lambda: next(it))
d = deque([1]); it = reversed(d); print(list(it)); d.append(2)
trap(lambda: next(it))

class Mutator:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append('x')
        return False
    __hash__ = None

for what in ('count', 'contains', 'index', 'remove'):
    d = deque([1, 2])
    d.appendleft(Mutator(d))
    if what == 'count':
        trap(lambda: d.count(5))
    elif what == 'contains':
        trap(lambda: 5 in d)
    elif what == 'index':
        trap(lambda: d.index(5))
    else:
        trap(lambda: d.remove(5))

class Boom:
    def __eq__(self, other):
        raise ValueError('boom')
    __hash__ = None
trap(lambda: Boom() in deque([1]))
trap(lambda: deque([1]).count(Boom()))
trap(lambda: deque([Boom()]).remove(1))
trap(lambda: deque([Boom()]).index(1))
trap(lambda: deque([Boom()]) == deque([1]))
it = iter(deque('abc'))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
it = reversed(deque('abc'))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
# extend from a generator that mutates the deque
d = deque([0])
def gen():
    for i in range(3):
        d.appendleft(-i)
        yield i
d.extend(gen()); print(d)
