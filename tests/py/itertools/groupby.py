# itertools.groupby: keys, groups, the shared underlying iterator.
from itertools import groupby

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])])
print([(k, ''.join(g)) for k, g in groupby('aAbBBc', str.lower)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
print([(k, list(g)) for k, g in groupby('abc', key=None)])
# Groups share the iterator: advancing the groupby invalidates the previous group.
groups = list(groupby('AAABBC'))
print([(k, list(g)) for k, g in groups])
gb = groupby('AAABBC')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby('AAABBC')
k1, g1 = next(gb)
print(list(g1), list(g1))
k2, g2 = next(gb)
print(k2, next(g2), next(gb)[0])
print(list(g2))
print(type(g2), type(gb))
show(next, gb)
gb = groupby([3, 3, 4])
k, g = next(gb)
print(iter(g) is g, next(g), next(g))
show(next, g)
print(next(gb)[0])
show(groupby)
show(groupby, 1)
show(groupby, [], None, 3)
show(groupby, [], x=1)
show(groupby, key=len)
show(lambda: list(groupby([1, 2], 5)))
show(lambda: [list(g) for k, g in groupby([1, 'a'], key=lambda x: 1 / 0)])
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print('  eq', self.v, other.v)
        return self.v // 10 == other.v // 10
data = [K(1), K(5), K(12), K(30)]
print([(k.v, [x.v for x in g]) for k, g in groupby(data)])
class Bad:
    def __eq__(self, other): raise ValueError('cmp')
show(lambda: list(groupby([Bad(), Bad()])))
class G(groupby):
    pass
print([k for k, _ in G('aab')], type(G('')).__name__)
