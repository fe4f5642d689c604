# sample(..., counts=): repeated elements via cumulative counts and bisect.
import random
r = random.Random(1234)
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.sample('abc', counts=[1, 2, 3], k=6))
print(r.sample(range(3), counts=[10, 0, 10], k=10))
print(r.sample(['x'], counts=[100], k=3))
print(r.sample(['a', 'b', 'c'], counts=(5, 5, 5), k=0))
cases = [
    (['a', 'b'], dict(counts=[1], k=1)),
    (['a', 'b'], dict(counts=[1, 2, 3], k=1)),
    (['a', 'b'], dict(counts=[0, 0], k=1)),
    (['a', 'b'], dict(counts=[-1, -2], k=1)),
    (['a', 'b'], dict(counts=[1.0, 2.0], k=1)),
    (['a', 'b'], dict(counts=[1, 2], k=4)),
    (['a', 'b'], dict(counts=[1, 2], k=-1)),
    (['a', 'b'], dict(counts=5, k=1)),
    ({1, 2}, dict(k=1)),
    ({'a': 1}, dict(k=1)),
    (iter([1, 2]), dict(k=1)),
    ([1, 2, 3], dict(k=4)),
    ([1, 2, 3], dict(k=-1)),
]
for pop, kw in cases:
    try:
        print(r.sample(pop, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    r.sample([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    r.sample([1, 2], 1, [1, 1])
except TypeError as e:
    print('TypeError', e)
