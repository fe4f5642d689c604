# copy with __slots__ across inheritance, __getstate__ overrides, __setstate__ receiving (dict, slots).
import copy

class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B):
    pass
c = C(); c.a = [1]; c.b = 2; c.extra = 'e'
print(sorted(c.__getstate__()[1].items()), c.__getstate__()[0])
for cp in (copy.copy(c), copy.deepcopy(c)):
    print(type(cp).__name__, cp.a, cp.b, cp.extra, cp.a is c.a)
b = B(); b.b = 'only b'
cb = copy.copy(b); print(cb.b, hasattr(cb, 'a'))
print(B().__getstate__(), type(copy.copy(B())).__name__)

class Recv:
    __slots__ = ('x', '__dict__')
    def __setstate__(self, state):
        print('setstate got', state)
        d, s = state
        for k, v in s.items():
            object.__setattr__(self, k, v * 10)
r = Recv(); r.x = 1; r.y = 2
rc = copy.copy(r); print(rc.x)
class Custom:
    __slots__ = ('p', 'q')
    def __getstate__(self):
        return {'p': self.p}
    def __setstate__(self, st):
        self.p = st['p'] + '!'
        self.q = 'restored'
cu = Custom(); cu.p = 'val'; cu.q = 'lost'
cc = copy.deepcopy(cu); print(cc.p, cc.q)
class NoSetState:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return ({'a': 5}, {'b': 6})
ns = copy.copy(NoSetState()); print(ns.a, ns.b, sorted(vars(ns)))
class WeakSlot:
    __slots__ = ('v', '__weakref__')
w = WeakSlot(); w.v = 3
print(copy.copy(w).v, sorted(w.__getstate__()[1]))
class Ex:
    def __getnewargs_ex__(self):
        return (), {'key': 'kw'}
    def __new__(cls, *a, key=None):
        print('new with', a, key)
        return super().__new__(cls)
copy.copy(Ex.__new__(Ex))
