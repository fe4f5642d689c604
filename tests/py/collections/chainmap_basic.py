# collections.ChainMap: lookups through the maps, writes to the first, new_child, parents.
from collections import ChainMap, OrderedDict

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), sorted(cm.items()), cm['a'], cm['b'], cm['c'])
print(cm.get('a'), cm.get('zz'), cm.get('zz', 0), 'a' in cm, 'zz' in cm, bool(cm))
cm['d'] = 4; print(over, base)
del cm['b']; print(over, cm['b'])
trap(lambda: cm.__delitem__('a'))
trap(lambda: cm['zz'])
print(cm.pop('c'), over)
trap(lambda: cm.pop('a'))
print(cm.pop('a', 'dflt'))
print(cm.popitem(), over)
trap(lambda: cm.popitem())
child = cm.new_child()
child['x'] = 1; print(child, child.maps[0], child.parents == cm)
print(cm.new_child({'m': 1}), cm.new_child(k=2), cm.new_child({'m': 1}, k=3))
print(child.parents, child.parents.parents, ChainMap().parents)
print(ChainMap(), ChainMap({}), len(ChainMap()), bool(ChainMap({}, {})))
cp = cm.copy(); cp['new'] = 1; print(cp, cm, cp.maps[1] is cm.maps[1])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
cm.clear(); print(cm)
x = ChainMap({'a': 1}, {'b': 2})
print(x | {'c': 3}, {'c': 3} | x, type({'c': 3} | x).__name__)
x |= {'z': 0}; print(x)
trap(lambda: x | 5)
print(list(ChainMap({'b': 1, 'a': 2}, {'c': 3, 'a': 4})))
print(ChainMap({1: 'x'}, OrderedDict(y=2)))
r = ChainMap({}); r.maps[0]['self'] = r; print(r)
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key
dc = DefaultChain({'a': 1}); print(dc['a'], dc['q'], dc.get('q'))
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == {'a': 1})
print(x.maps, dict(x), sorted(x.keys()), sorted(x.values()))
