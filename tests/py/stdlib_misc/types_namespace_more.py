# SimpleNamespace: nested namespaces, copying, vars() mutation, sorting by attribute, subclass reprs.
from types import SimpleNamespace
import copy

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

cfg = SimpleNamespace(db=SimpleNamespace(host='h', port=1), debug=False)
print(cfg, cfg.db.port)
c2 = copy.deepcopy(cfg); c2.db.port = 2
print(cfg.db.port, c2.db.port, c2 == cfg, copy.copy(cfg).db is cfg.db)
vars(cfg)['new'] = 'n'; print(cfg.new, 'new' in vars(cfg))
people = [SimpleNamespace(name=n, age=a) for n, a in (('b', 30), ('a', 25), ('c', 35))]
print([p.name for p in sorted(people, key=lambda p: p.age)], max(people, key=lambda p: p.name))
class Point(SimpleNamespace):
    def __init__(self, x, y):
        super().__init__(x=x, y=y)
p = Point(1, 2)
print(p, p == SimpleNamespace(x=1, y=2), type(p).__name__, isinstance(p, SimpleNamespace))
class Repr(SimpleNamespace):
    def __repr__(self):
        return 'custom'
print(Repr(a=1), [Repr()], SimpleNamespace(inner=Repr()))
ns = SimpleNamespace(b=2, a=1)
print(ns, list(vars(ns)), dict(sorted(vars(ns).items())))
trap(lambda: setattr(ns, 1, 2))
ns.__dict__[1] = 'int key'
print(ns)
print(SimpleNamespace(x=[1, 2]) == SimpleNamespace(x=[1, 2]), SimpleNamespace(x=1) != SimpleNamespace(x=2))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == object())
