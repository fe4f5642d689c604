# itertools.accumulate: default addition, func, initial, errors.
from itertools import accumulate
import operator

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], min)))
print(list(accumulate('abc')))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([])))
print(list(accumulate([], initial=10)))
print(list(accumulate([1, 2], initial=10)))
print(list(accumulate([1, 2], None, initial=100)))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b)))
print(list(accumulate(iterable=[1, 2, 3])))
print(list(accumulate([1, 2, 3], initial=None)))
print(list(accumulate([1.5, 2.5, 3])))
print(list(accumulate(range(10), operator.sub, initial=0)))
show(accumulate)
show(accumulate, 1)
show(accumulate, [1], 2, 3)
show(accumulate, [1], x=2)
show(accumulate, [1], operator.add, 1, 2)
show(accumulate, [1], func=None, iterable=[2])
show(lambda: list(accumulate([1, 'a'])))
show(lambda: list(accumulate([1, 2], 5)))
a = accumulate([1, 2, 3])
print(type(a), iter(a) is a, next(a), next(a), next(a))
show(next, a)
class Acc(accumulate):
    pass
print(list(Acc([1, 2, 3], initial=5)), type(Acc([])).__name__)
