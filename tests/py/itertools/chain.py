# itertools.chain and chain.from_iterable.
from itertools import chain

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(list(chain('abc', [1, 2], (3,), range(2))))
print(list(chain()))
print(list(chain([])))
print(list(chain([], [], [1])))
print(list(chain.from_iterable(['ab', 'cd', []])))
print(list(chain.from_iterable([])))
print(list(chain.from_iterable(iter([range(3), range(2)]))))
print(type(chain()), type(chain.from_iterable([])))
c = chain([1], 5, [2])
print(next(c))
show(next, c)
show(next, c)
show(chain, x=1)
show(chain, [1], x=1)
show(chain.from_iterable, 5)
show(chain.from_iterable)
show(chain.from_iterable, [], [])
c = chain.from_iterable([[1], 5, [2]])
print(next(c))
show(next, c)
show(next, c)
def gen():
    yield [1, 2]
    yield 'xy'
print(list(chain.from_iterable(gen())))
class C(chain):
    pass
print(list(C('ab', 'cd')), type(C.from_iterable(['a'])).__name__)
print(list(C.from_iterable(['ab', 'c'])))
it = chain([1, 2], [3])
print(iter(it) is it, list(it), list(it))
print(sorted(chain({3, 1}, {2})))
print(dict.fromkeys(chain('ab', 'bc')))
print(chain.from_iterable.__name__)
import itertools
print(itertools.chain[int], itertools.chain[int].__origin__)
