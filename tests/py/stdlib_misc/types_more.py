# types: DynamicClassAttribute, SimpleNamespace as a record, ModuleType attributes, MappingProxyType views.
import types

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Color:
    def __init__(self, name):
        self._name = name
    @types.DynamicClassAttribute
    def name(self):
        return self._name
    def __getattr__(self, attr):
        return f'class-level {attr}'
print(Color('red').name)
trap(lambda: Color.__dict__['name'].__get__(None, Color))
print(isinstance(Color.__dict__['name'], property))
cfg = types.SimpleNamespace(host='localhost', port=8080)
cfg.port += 1
cfg.debug = True
print(cfg, sorted(vars(cfg)), getattr(cfg, 'missing', None))
ns_list = [types.SimpleNamespace(v=i) for i in range(3)]
print([n.v for n in ns_list], ns_list[0] == types.SimpleNamespace(v=0), ns_list[0] is ns_list[0])
m = types.ModuleType('fake')
print(m.__name__, m.__doc__, sorted(k for k in m.__dict__ if k in ('__name__', '__doc__')))
m.__dict__['value'] = 42; print(m.value)
trap(lambda: m.nope)
proxy = types.MappingProxyType({'b': 2, 'a': 1})
print(list(proxy.keys()), list(proxy.values()), list(proxy.items()), proxy == {'a': 1, 'b': 2})
trap(lambda: proxy.__setitem__('c', 3))
trap(lambda: proxy.pop('a'))
base = {'k': 1}
live = types.MappingProxyType(base)
base['k2'] = 2
print(len(live), sorted(live))
print(type(types.SimpleNamespace).__name__, types.FunctionType.__name__, types.GeneratorType.__name__)
def gen():
    yield 1
g = gen()
print(isinstance(g, types.GeneratorType), isinstance(gen, types.FunctionType), isinstance(print, types.BuiltinFunctionType))
print(callable(types.new_class), types.new_class('Z', (), {}, None).__name__)
