# accumulate with assorted types and functions.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3], operator.sub)))
print(list(accumulate(['a', 'b', 'c'], lambda a, b: b + a)))
print(list(accumulate([(1,), (2,)])))
print(list(accumulate([{1}, {2}, {1, 3}], operator.or_)))
print(list(accumulate([2, 3, 4], pow)))
print(list(accumulate(range(1, 6), operator.mul, initial=1)))
print(list(accumulate([1.5, -1.5, 0.25])))
print(list(accumulate([True, True, False])))
print(list(accumulate('xyz', initial='>')))
print(list(accumulate([[1], [2]], operator.add, initial=[])))
running_max = accumulate([5, 3, 8, 1, 9, 2], max)
print(next(running_max), next(running_max), list(running_max))
amortization = accumulate([1000, -90, -90, -90], lambda bal, pmt: bal * 1.05 + pmt)
print([round(x, 2) for x in amortization])
print(list(accumulate(iter([]), initial=None)))
print(list(accumulate([1, 2], None)))
try:
    list(accumulate([1, 2], func=1))
except TypeError as e:
    print('TypeError', e)
try:
    list(accumulate([[1], 'a']))
except TypeError as e:
    print('TypeError', e)
