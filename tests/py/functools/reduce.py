# functools.reduce: initial values, errors, iteration protocol.
import functools
import operator
from functools import reduce

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(reduce, operator.add, [1, 2, 3, 4, 5])
show(reduce, operator.add, [1, 2, 3], 10)
show(reduce, operator.add, [], 10)
show(reduce, operator.add, [7])
show(reduce, operator.mul, range(1, 8))
show(reduce, lambda a, b: a + [b], 'abc', [])
show(reduce, lambda a, b: b + a, 'hello')
show(reduce, max, [3, 9, 2])
show(reduce, operator.add, iter([[1], [2]]))
show(reduce, operator.add, {'x': 1, 'y': 2})
show(reduce, operator.add, [])
show(reduce, operator.add, ())
show(reduce, operator.add, iter([]))
show(reduce)
show(reduce, max)
show(reduce, max, [], 1, 2)
show(reduce, max, 5)
show(reduce, max, None, 0)
show(reduce, max, [1], initial=0)
show(reduce, 1, [1, 2])
show(reduce, 1, [1])
show(reduce, lambda a, b: a / b, [1, 0])
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError
show(reduce, operator.add, Seq())
def gen():
    yield 1
    raise ValueError('in gen')
show(reduce, operator.add, gen())
class BadIter:
    def __iter__(self):
        raise KeyError('iter')
show(reduce, operator.add, BadIter())
class TErr:
    def __iter__(self):
        raise TypeError('own message')
show(reduce, operator.add, TErr())
print(type(reduce), reduce.__name__, reduce.__module__, functools.reduce is reduce)
print(reduce.__doc__.splitlines()[0])
