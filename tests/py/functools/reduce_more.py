# reduce in common idioms.
from functools import reduce
import operator

print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(reduce(operator.or_, [{1}, {2}, {3, 1}]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(max, [3, 7, 2], -1), reduce(min, 'hello'))
print(reduce(operator.concat, [[1], [2, 3], []]))
print(reduce(lambda a, b: a + b, ['x'] * 5))
print(reduce(operator.truediv, [100, 2, 5]))
print(reduce(pow, [2, 3, 2]))
print(reduce(lambda acc, ch: acc.get(ch, {}) if isinstance(acc, dict) else acc, 'ab', {'a': {'b': 'found'}}))
def compose(*fs):
    return reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + '!')('  hi  '))
print(reduce(operator.add, range(101)), reduce(operator.add, (x * x for x in range(4))))
print(reduce(operator.add, [], 'initial-only'))
print(reduce(lambda a, b: (a, b), 'abcd'))
print(reduce(lambda a, b: b, iter(range(1000))))
