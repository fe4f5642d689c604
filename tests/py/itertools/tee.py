# itertools.tee: independent iterators over a shared buffer, copies, n argument.
from itertools import tee, count, islice
import itertools

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

a, b = tee('abcdef')
print(next(a), next(a), next(b), list(a), list(b))
print(tee([1, 2], 0), len(tee([1, 2], 5)), len(tee([1])))
x, y, z = tee(range(100), 3)
print(sum(x), list(islice(y, 3)), list(z)[-1], list(islice(y, 2)))
a, b = tee(count())
print([next(a) for _ in range(200)][-1], next(b), next(b))
print(type(a), type(a).__name__)
c = a.__copy__()
print(next(a), next(c), next(a), next(c))
a2, b2 = tee(a)
print(type(a2) is type(a), next(a2), next(b2), next(a))
p, q = tee(iter([1, 2, 3]))
print(list(p), list(q), list(p))
show(tee, [1], -1)
show(tee, [1], 'a')
show(tee)
show(tee, 1)
show(tee, [1], 2, 3)
show(tee, [1], n=2)
class Copyable:
    def __init__(self, data, pos=0): self.data, self.pos = data, pos
    def __iter__(self): return self
    def __next__(self):
        if self.pos >= len(self.data): raise StopIteration
        self.pos += 1
        return self.data[self.pos - 1]
    def __copy__(self):
        print('  copy at', self.pos)
        return Copyable(self.data, self.pos)
r = tee(Copyable('xyz'), 3)
print([type(i).__name__ for i in r], [list(i) for i in r])
t = itertools._tee([5, 6])
print(type(t).__name__, list(t))
def gen():
    yield 1
    yield next(inner[0])
inner = tee(gen())
print(next(inner[0]))
show(next, inner[0])
def gen2():
    print('  gen2 step')
    yield 1
    print('  gen2 step')
    yield 2
a, b = tee(gen2())
print(next(a))
print(next(b))
print(next(b))
print(next(a))
show(next, a)
