# types.SimpleNamespace: construction, repr, equality, attributes, subclasses.
import types
from types import SimpleNamespace

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

ns = SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b, vars(ns), ns.__dict__)
ns.c = [1]; del ns.a; print(ns)
print(SimpleNamespace(), repr(SimpleNamespace()), str(SimpleNamespace(z=0)))
trap(lambda: SimpleNamespace(1))
trap(lambda: SimpleNamespace({'a': 1}))
trap(lambda: ns.missing)
trap(lambda: delattr(ns, 'missing'))
print(ns == SimpleNamespace(b='x', c=[1]), ns != SimpleNamespace(b='x'), ns == {'b': 'x', 'c': [1]})
trap(lambda: hash(ns))
trap(lambda: ns < ns)
ns.self = ns; print(ns)
print(SimpleNamespace(**{'a b': 1, 'c': SimpleNamespace(d=2)}))
class Sub(SimpleNamespace):
    def total(self):
        return sum(vars(self).values())
s = Sub(x=1, y=2)
print(s, s.total(), s == SimpleNamespace(x=1, y=2), SimpleNamespace(x=1, y=2) == s, isinstance(s, SimpleNamespace))
print(SimpleNamespace.__name__, SimpleNamespace.__module__, SimpleNamespace, type(ns))
r = SimpleNamespace(k=1).__reduce__(); print(r)
import copy
c = copy.copy(SimpleNamespace(l=[1])); print(c)
dc = copy.deepcopy(SimpleNamespace(l=[1])); print(dc)
n = SimpleNamespace(); n.__dict__['w'] = 5; print(n, n.w)
print(sorted(k for k in dir(SimpleNamespace(q=1)) if not k.startswith('__')))
ns2 = SimpleNamespace(x=1)
SimpleNamespace.__init__(ns2, y=2); print(ns2)
trap(lambda: SimpleNamespace.__init__(ns2, 3))
print(getattr(SimpleNamespace(a=None), 'a', 'dflt'), hasattr(SimpleNamespace(), '__dict__'))
