# itertools.repeat and itertools.cycle.
from itertools import repeat, cycle
import operator

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(type(repeat(1)), type(cycle('')))
r = repeat('a')
print(repr(r), next(r), next(r), repr(r))
r = repeat('a', 3)
print(repr(r), list(r), repr(r), list(r))
print(repr(repeat(None, -5)), list(repeat(None, -5)))
print(repr(repeat([1, 2], 0)), repr(repeat(object='x', times=2)))
print(list(repeat(1, times=4)))
print(repeat(1, 5).__length_hint__(), operator.length_hint(repeat(1, 3)))
show(repeat(1).__length_hint__)
show(repeat)
show(repeat, 1, 2, 3)
show(repeat, 1, 'a')
show(repeat, 1, 2.5)
show(repeat, 1, None)
show(repeat, x=1)
show(repeat, 1, x=1)
show(repeat, 1, object=1)
show(repeat, 1, 2 ** 100)
print(list(map(pow, range(5), repeat(2))))
r = repeat(1, 2)
next(r); next(r)
show(next, r)
print(repr(r))

c = cycle('abc')
print([next(c) for _ in range(8)])
c = cycle([])
print(list(c))
c = cycle(iter([1, 2]))
print([next(c) for _ in range(5)])
def gen():
    print('  gen start')
    yield 1
    yield 2
    print('  gen end')
c = cycle(gen())
print([next(c) for _ in range(6)])
show(cycle)
show(cycle, 1)
show(cycle, [1], [2])
show(cycle, [1], x=2)
class Cyc(cycle):
    pass
cc = Cyc('xy')
print(next(cc), next(cc), next(cc), type(cc).__name__)
print(repr(repeat('x', 2)).startswith('repeat('))
class Rep(repeat):
    pass
print(repr(Rep(3, 2)), list(Rep(3, 2)))
