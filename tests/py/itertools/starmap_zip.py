# starmap and zip_longest with assorted inputs.
from itertools import starmap, zip_longest, repeat, count, islice
import operator

print(list(starmap(operator.mul, zip(range(5), count(10)))))
print(list(starmap('{}-{}'.format, [('a', 1), ('b', 2)])))
print(list(starmap(divmod, [(7, 2), (9, 4)])))
print(list(starmap(lambda: 'empty', [(), []])))
print(list(starmap(pow, zip([2, 3], repeat(3)))))
print(list(starmap(dict, [[[('a', 1)]], [[('b', 2), ('c', 3)]]])))
try:
    list(starmap(operator.add, [(1, 2, 3)]))
except TypeError as e:
    print('TypeError', e)
try:
    list(starmap(None, [(1,)]))
except TypeError as e:
    print('TypeError', e)
print(list(zip_longest([1, 2, 3], 'ab', [True], fillvalue=0)))
print(list(zip_longest(range(2), repeat('r', 4))))
print(list(islice(zip_longest(count(), 'ab'), 4)))
print(list(zip_longest('abc', (), fillvalue=[])))
z = zip_longest('a', 'bcd')
print(next(z), next(z), next(z))
try:
    next(z)
except StopIteration:
    print('StopIteration')
print(list(zip_longest(*['abc', 'de', 'f'])))
print(list(map(''.join, zip_longest('ab', 'xyz', fillvalue='_'))))
