# choices(): uniform, weights, cum_weights (bisect), k, and the errors.
import random
r = random.Random(77)
print(r.choices('abc'))
print(r.choices('abcde', k=10))
print(r.choices(range(100), k=8))
print(r.choices(['a', 'b', 'c'], [10, 1, 1], k=10))
print(r.choices(['a', 'b', 'c'], weights=[0, 0, 1], k=5))
print(r.choices(['a', 'b', 'c'], cum_weights=[1, 1, 10], k=10))
print(r.choices('ab', [0.1, 0.9], k=10))
print(r.choices('xyz', [1.5, 2.5, 3.0], k=6))
print(r.choices('abc', k=0), r.choices([], k=0))
print(r.choices(population='pq', weights=(1, 3), k=4))
cases = [
    (('abc', [1, 2]), {}),
    (('abc',), dict(cum_weights=[1, 2])),
    (('abc', [1, 1, 1]), dict(cum_weights=[1, 2, 3])),
    (('abc', [0, 0, 0]), {}),
    (('abc', [-1, -1, -1]), {}),
    (('abc', [1, float('inf'), 1]), {}),
    (('abc', [1, float('nan'), 1]), {}),
    (('abc', 3), {}),
    (('abc', 3.5), {}),
    (('abc', ['a', 'b', 'c']), {}),
    (('abc', None), dict(cum_weights=[1, 2, 'x'])),
    (([],), dict(k=1)),
    ((5,), {}),
]
for args, kw in cases:
    try:
        print(r.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
