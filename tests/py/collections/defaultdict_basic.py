# collections.defaultdict: factory, __missing__, repr, copy, |, errors, subclasses.
from collections import defaultdict

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b'].append(3)
print(d, d.default_factory, len(d), dict(d))
print(d['zz'], d)
print(d.get('missing'), 'missing' in d, d.get('a'))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c['q'], len(c))
s = defaultdict(set); s[1].add('x'); print(s)
n = defaultdict(); print(n, n.default_factory)
trap(lambda: n['x'])
trap(lambda: defaultdict(None)[(1, 2)])
trap(lambda: defaultdict(1))
trap(lambda: defaultdict('abc'))
trap(lambda: defaultdict(list, 5))
trap(lambda: defaultdict(list, {}, {}))
print(defaultdict(None, a=1), defaultdict(list, {'x': [1]}, y=2), defaultdict(int, [('k', 5)]))
print(defaultdict(lambda: 'dflt')['q'])
d2 = defaultdict(lambda: defaultdict(int))
d2['x']['y'] += 3
print(d2['x'], dict(d2['x']))
cp = d.copy(); print(cp, type(cp).__name__, cp.default_factory, cp is d, cp['a'] is d['a'])
print(d.__copy__() == d)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
print(type({} | defaultdict(int)).__name__, type(defaultdict(int) | {}).__name__)
trap(lambda: defaultdict(int) | 5)
trap(lambda: [] | defaultdict(int))
u = defaultdict(str); u |= {'k': 'v'}; print(u)
print(defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1}, {'a': 1} == defaultdict(list, a=1))
trap(lambda: defaultdict(int).__missing__('k'))
trap(lambda: defaultdict().__missing__('k'))
m = defaultdict(list); m.__missing__('k'); print(m)
m.default_factory = dict; print(m['new'], m)
m.default_factory = None
trap(lambda: m['other'])
r = defaultdict(int).__reduce__(); print(r[0].__name__, r[1:4], list(r[4]))
print(defaultdict(None, {1: 2}).__reduce__()[1])
print(isinstance(d, dict), issubclass(defaultdict, dict), defaultdict.__name__, defaultdict.__module__)
trap(lambda: hash(defaultdict()))
print(defaultdict(int, {3: 'c', 1: 'a'}).setdefault(2, 'b'))
class Mine(defaultdict):
    def __missing__(self, key):
        return key * 2
print(Mine(int)['ab'], Mine(int))
class Sub(defaultdict):
    pass
print(Sub(list, a=[1]), Sub(list).copy().__class__.__name__)
class F:
    def __call__(self):
        return 'f!'
    def __repr__(self):
        return 'F()'
print(defaultdict(F()), defaultdict(F())['x'])
rec = defaultdict(list); rec['me'] = rec; print(rec)
print(defaultdict(list, a=1).pop('a'), defaultdict(int).pop('zz', 'dflt'))
print(list(defaultdict(int, z=1, a=2)), list(defaultdict(int, z=1, a=2).values()))
trap(lambda: defaultdict(int).fromkeys('ab'))
trap(lambda: defaultdict.fromkeys('ab', 0))
