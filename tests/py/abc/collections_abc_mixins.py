# collections.abc mixin methods: custom Mapping, MutableMapping, Sequence, MutableSequence, Set.
from collections import abc as cabc

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Frozen(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen(a=1, b=2)
print(f['a'], f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f), list(f))
print(repr(f.keys()).startswith('KeysView(<__main__.Frozen object'), list(f.values()), list(f.items()), type(f.keys()).__name__)
print(f == {'a': 1, 'b': 2}, f == Frozen(b=2, a=1), f != {'a': 1}, f == [1])
print(f.keys() & {'a'}, f.keys() | {'c'} == {'a', 'b', 'c'}, f.keys() - {'a'}, ('a', 1) in f.items())
print(2 in f.values(), 3 in f.values(), ('a', 2) in f.items(), len(f.items()))
trap(lambda: reversed(f))
trap(lambda: hash(f))

class Store(cabc.MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s['x'] = 1; s.update({'y': 2}, z=3); s.update([('w', 4)])
print(dict(s), s.pop('x'), s.pop('nope', None), s.setdefault('y', 9), s.setdefault('n', 0), dict(s))
trap(lambda: s.pop('nope'))
print(s.popitem(), dict(s))
s.clear(); print(dict(s), len(s))
trap(lambda: s.popitem())

class Seq(cabc.Sequence):
    def __init__(self, *items):
        self._l = list(items)
    def __getitem__(self, i):
        return self._l[i]
    def __len__(self):
        return len(self._l)
q = Seq(1, 2, 3, 2)
print(list(q), list(reversed(q)), 2 in q, 5 in q, q.index(2), q.index(2, 2), q.count(2), len(q))
trap(lambda: q.index(9))
trap(lambda: q.index(1, 1))
print(q.index(3, -2), q.index(2, 0, 2))

class MSeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
m = MSeq()
m.append(1); m.extend([2, 3]); m.insert(0, 0); m += [4]; print(list(m))
m.reverse(); print(list(m))
print(m.pop(), m.pop(0), list(m))
m.remove(2); print(list(m))
m.extend(m); print(list(m))
m.clear(); print(list(m))
trap(lambda: m.pop())
trap(lambda: m.remove(1))

class LSet(cabc.Set):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            if x not in self._items:
                self._items.append(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f'LSet({self._items})'
a, b = LSet([1, 2, 3]), LSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [3, 9], a | [9])
print(a <= LSet([1, 2, 3, 4]), a < a, a == LSet([3, 2, 1]), a >= b, a > LSet([1]), a == {1, 2, 3})
print(a.isdisjoint([7]), a.isdisjoint(b), {3, 4} - a, [3, 5] - a if False else 'skip')
print(a._hash() == LSet([3, 1, 2])._hash(), LSet()._hash() == hash(frozenset()), LSet([1, 2])._hash() == hash(frozenset([1, 2])))
trap(lambda: a < 5)
trap(lambda: a & 5)

class MSet(LSet, cabc.MutableSet):
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
ms = MSet([1, 2])
ms.add(3); ms.discard(9); ms.remove(1); print(ms)
trap(lambda: ms.remove(9))
ms |= [5, 6]; print(ms)
ms &= [2, 5, 6, 7]; print(ms)
ms ^= [6, 8]; print(ms)
ms -= [2]; print(ms)
print(ms.pop(), ms)
ms.clear(); print(ms)
trap(lambda: ms.pop())
