# cycle and repeat in combination with other tools.
from itertools import cycle, repeat, islice, chain, count

print(list(islice(cycle([1, 2, 3]), 10)))
print(list(islice(cycle(range(0)), 3)))
print(list(zip('abcde', cycle('xy'))))
print(list(map(lambda a, b: a * b, [1, 2, 3], repeat(10))))
print(list(chain(repeat('a', 2), repeat('b', 0), repeat('c', 1))))
print(list(repeat([], 3)))
r = list(repeat([], 2))
r[0].append(1)
print(r)
print(['-'.join(x) for x in zip(repeat('k'), 'abc')])
c = cycle('ab')
for _ in range(3):
    next(c)
print(list(islice(c, 4)))
print(repr(repeat('a', 2 ** 40)), repeat(1, 2 ** 40).__length_hint__())
print(repr(repeat(1.5)), repr(repeat(None, 1)), repr(repeat((1, 2), 2)))
print(repr(count(-1)), repr(count(0.1, -0.5)), repr(count(2, 2 ** 70)))
