# types.new_class and friends with __init_subclass__, __set_name__, kwds, exec_body namespaces.
import types

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        cls.opts = kw
class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
N = types.new_class('N', (Base,), {'color': 'red'}, lambda ns: ns.update(field=Named()))
print(N.opts, N.field.name, N.__module__ == 'types' or N.__module__)
trap(lambda: types.new_class('Bad', (Base,), {'metaclass': 5}))
def body(ns):
    ns['greet'] = lambda self: 'hi ' + self.who
    ns['who'] = 'there'
    ns['__doc__'] = 'made by new_class'
G = types.new_class('G', (), None, body)
print(G().greet(), G.__doc__, G.__qualname__)
class Meta(type):
    def __prepare__(name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'from_prepare': 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
M = types.new_class('M', (), {'metaclass': Meta, 'x': 1})
print(M.from_prepare, type(M).__name__)
trap(lambda: types.prepare_class('P', (), {'metaclass': Meta, 'x': 1}))
class NoPrepare:
    def __call__(self, name, bases, ns, **kw):
        return ('built', name, sorted(ns), kw)
print(types.new_class('Q', (), {'metaclass': NoPrepare(), 'k': 2}))
print(types.prepare_class('R', (), {'metaclass': NoPrepare()})[1:])
kw = {'metaclass': type}
types.prepare_class('S', (), kw); print(kw)
print(types.resolve_bases([int]) , types.resolve_bases((int,)) is not None)
