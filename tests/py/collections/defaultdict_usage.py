# defaultdict in practice: grouping, counting, nested trees, set building, inversion.
from collections import defaultdict

words = 'apple avocado banana blueberry cherry cranberry date'.split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
lengths = defaultdict(int)
for w in words:
    lengths[len(w)] += 1
print(sorted(lengths.items()))
def tree():
    return defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))
edges = [(1, 2), (1, 3), (2, 3), (3, 1)]
adj = defaultdict(set)
for a, b in edges:
    adj[a].add(b)
print({k: sorted(v) for k, v in adj.items()}, adj[9], sorted(adj))
inv = defaultdict(list)
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv[v].append(k)
print(inv)
const = defaultdict(lambda: '<missing>')
const.update(name='x')
print(const['name'], const['other'], len(const))
counts = defaultdict(int, {'seed': 10})
for ch in 'seed':
    counts[ch] += 1
print(counts)
dd = defaultdict(list)
print(dd.get('a'), 'a' in dd, dd.setdefault('a', [0]), dd['a'], dd.pop('a'), dd)
print(list(defaultdict(int, b=2, a=1).items()), defaultdict(int, b=2) == defaultdict(str, b=2))
m = defaultdict(int)
m[1] += 1; m[1.0] += 1; m[True] += 1; print(m)
frozen = dict(defaultdict(int, x=1)); print(frozen, type(frozen).__name__)
print(sorted(defaultdict(int, {(1, 2): 3, (0, 1): 4}).items()))
