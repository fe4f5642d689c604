# ChainMap: scoped variable lookup, iteration order, len with duplicates, maps manipulation.
from collections import ChainMap

builtins_ = {'len': 'builtin-len', 'print': 'builtin-print'}
globals_ = {'x': 'global-x', 'len': 'global-len'}
locals_ = {'x': 'local-x'}
scope = ChainMap(locals_, globals_, builtins_)
print(scope['x'], scope['len'], scope['print'], len(scope), list(scope))
inner = scope.new_child({'y': 'inner-y'})
print(inner['y'], inner['x'], list(inner), inner.parents is not scope, inner.parents == scope)
inner['x'] = 'shadow'; print(inner['x'], scope['x'], inner.maps[0])
del inner['x']; print(inner['x'])
scope.maps.append({'extra': 1}); print(scope['extra'], len(scope))
scope.maps.reverse(); print(scope['x'], scope['len'])
print(sorted(ChainMap({'a': 1, 'b': 2}, {'b': 3, 'c': 4}).items()))
print(list(ChainMap({'a': 1}, {'b': 2}, {'a': 3, 'c': 4}).values()))
cm = ChainMap({}, {'k': 'v'})
print(cm.setdefault('k', 'new'), cm.setdefault('n', 'new'), cm.maps)
print(cm.get('k'), 'n' in cm, bool(ChainMap({}, {})), bool(ChainMap({}, {'a': 0})))
cm.update({'k': 'upd'}); print(cm.maps)
print(ChainMap({'a': 1}) == ChainMap({'a': 1}), ChainMap({'a': 1}) == {'a': 2})
print(dict(ChainMap({'z': 1}, {'a': 2})), list(reversed(list(ChainMap({'z': 1}, {'a': 2})))))
