# collections.OrderedDict: order, move_to_end, popitem, ==, views, repr, |, copy.
from collections import OrderedDict

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

od = OrderedDict()
print(od, len(od), bool(od))
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od['b'] = 10; print(od)
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
od.move_to_end('c', False); print(od)
od.move_to_end('a', True); print(od)
trap(lambda: od.move_to_end('zz'))
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(od.popitem(False), od)
trap(lambda: od.popitem())
o = OrderedDict.fromkeys('abcde', 0); print(o)
print(OrderedDict.fromkeys('xy'))
del o['c']; print(o)
print(o.pop('a'), o.pop('zz', None), o)
trap(lambda: o.pop('zz'))
print(o.setdefault('b', 5), o.setdefault('q', 7), o)
o.update([('z', 1)], y=2); print(o)
o.update({'b': 'B'}); print(o)
print(list(reversed(o)), list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(o.keys(), o.values(), o.items())
print(type(o.keys()).__name__, type(o.values()).__name__, type(o.items()).__name__)
print(len(o.keys()), 'b' in o.keys(), ('b', 'B') in o.items(), 'B' in o.values())
print(o.keys() & {'b', 'zz'}, o.keys() - {'b', 'd', 'e', 'q', 'y'}, sorted(o.keys() | {'w'}))
print(o.keys() == {'b', 'd', 'e', 'q', 'z', 'y'}, o.items() == set(o.items()))
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a=1, b=2))
print(a == {'a': 1, 'b': 2}, {'b': 2, 'a': 1} == a, a != {'a': 1, 'b': 3})
print(a | {'c': 3}, {'c': 3} | a, a | b)
trap(lambda: a | [('c', 3)])
trap(lambda: hash(a))
trap(lambda: a < b)
c = a.copy(); c['z'] = 0; print(c, a, type(c).__name__)
a |= {'x': 9}; print(a)
a |= [('y', 8)]; print(a)
trap(lambda: OrderedDict(1, 2))
trap(lambda: OrderedDict(5))
trap(lambda: OrderedDict([5]))
trap(lambda: OrderedDict([(1, 2, 3)]))
trap(lambda: OrderedDict([(1,)]))
trap(lambda: OrderedDict([()]))
trap(lambda: OrderedDict().update(1, 2))
print(OrderedDict(['ab', [1, 2], (3, 4)]), OrderedDict({'k': 1}, k=2, j=3))
class KeysOnly:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(OrderedDict(KeysOnly()))
rec = OrderedDict(a=1); rec['self'] = rec; print(rec)
class Sub(OrderedDict):
    pass
s = Sub(x=1, y=2); print(s, s.copy(), type(s.copy()).__name__, Sub.fromkeys('ab'))
print(s == OrderedDict(x=1, y=2), s == Sub(y=2, x=1))
print(isinstance(o, dict), OrderedDict.__module__, OrderedDict.__name__)
r = OrderedDict(a=1).__reduce__(); print(r[0].__name__, r[1:4], list(r[4]))
for k, v in OrderedDict(z=26, a=1, m=13).items():
    print(k, v, end='; ')
print()
lru = OrderedDict()
for key in 'abcabdaeb':
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 3:
        lru.popitem(last=False)
    print(''.join(lru), end=' ')
print()
it = iter(OrderedDict(a=1, b=2))
print(next(it), next(it))
