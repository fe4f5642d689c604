# OrderedDict: equality corner cases, views, dict methods through the subclass, nested reprs, pop/clear.
from collections import OrderedDict

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

od = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
print(od.get('x'), od.get('q', 'd'), od['y'], len(od), 'z' in od, list(od.values()))
trap(lambda: od['nope'])
od.clear(); print(od, len(od))
od.update(a=1, b=2, c=3)
print(OrderedDict(od) == od, OrderedDict(reversed(list(od.items()))) == od)
print(OrderedDict(a=1) == OrderedDict(a=1.0), OrderedDict(a=[1]) == OrderedDict(a=[1]))
print(OrderedDict() == {}, OrderedDict() == OrderedDict(), OrderedDict(a=1) == OrderedDict(a=2))
print(od != OrderedDict(c=3, b=2, a=1), od != OrderedDict(a=1, b=2, c=3))
nested = OrderedDict(outer=OrderedDict(inner=[1, 2]))
print(nested, repr(nested['outer']))
print(str(OrderedDict(k='v')), f'{OrderedDict(k=1)}')
od2 = OrderedDict.fromkeys(range(5))
for k in list(od2):
    if k % 2:
        del od2[k]
print(od2)
od2[1] = 'back'; print(list(od2))
od2.move_to_end(0); print(list(od2))
print(od2.popitem(last=True), od2.popitem(last=False), od2)
print(dict(OrderedDict(b=1, a=2)), list(dict(OrderedDict(b=1, a=2))))
print(sorted(OrderedDict(b=1, a=2)), OrderedDict(sorted({'b': 1, 'a': 2}.items())))
print(OrderedDict(b=1, a=2).keys() == {'a', 'b'}, list(OrderedDict(b=1, a=2).items())[0])
o3 = OrderedDict(a=1)
o3.setdefault('b', []).append(2); print(o3)
o3.update(OrderedDict(c=3), d=4); print(o3)
print(OrderedDict(zip('abc', range(3))), OrderedDict(enumerate('xy')))
print(len(OrderedDict.fromkeys('mississippi')), ''.join(OrderedDict.fromkeys('mississippi')))
trap(lambda: OrderedDict().popitem(last=False))
big = OrderedDict((i, i) for i in range(100))
for i in range(0, 100, 3):
    big.move_to_end(i, last=False)
print(list(big)[:10], list(big)[-5:])
