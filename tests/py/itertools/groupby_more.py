# groupby with sorting, key functions, and consuming groups out of order.
from itertools import groupby
from operator import itemgetter

people = [('ann', 'nyc'), ('bob', 'sf'), ('cid', 'nyc'), ('dan', 'la'), ('eve', 'sf')]
people.sort(key=itemgetter(1))
for city, grp in groupby(people, key=itemgetter(1)):
    print(city, [name for name, _ in grp])
words = 'apple avocado banana blueberry cherry apricot'.split()
print({k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])})
print([(k, len(list(g))) for k, g in groupby('aaabccddd')])
print([k for k, _ in groupby([1, 1, 2, 2, 1, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x % 2 == 0)])
print([(k, list(g)) for k, g in groupby([None, None, 0, 0, False])])
data = [1, 1, 2, 3, 3, 3]
gb = groupby(data)
groups = []
for k, g in gb:
    groups.append(g)
print([list(g) for g in groups])
gb = groupby('xxyyz')
k, g = next(gb)
print(k, next(g))
rest = list(gb)
print([k for k, _ in rest], list(g), [list(g2) for _, g2 in rest])
calls = []
def key(x):
    calls.append(x)
    return x // 2
print([(k, list(g)) for k, g in groupby([0, 1, 2, 3, 4], key)], calls)
print(sorted((k, sum(1 for _ in g)) for k, g in groupby(sorted('mississippi'))))
runs = [(k, len(list(g))) for k, g in groupby('WWWWBBBWWBW')]
print(''.join('%d%s' % (n, c) for c, n in runs))
