# copy of class instances: __dict__, __slots__, __copy__/__deepcopy__, __getstate__/__setstate__.
import copy

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'P({self.x!r}, {self.y!r})'
p = P(1, [2])
c, d = copy.copy(p), copy.deepcopy(p)
print(c, d, c is p, c.y is p.y, d.y is p.y, type(c).__name__)

class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]
c, d = copy.copy(s), copy.deepcopy(s)
print(c.a, c.a is s.a, d.a, d.a is s.a, hasattr(c, 'b'), hasattr(d, 'b'))

class SD(S):
    __slots__ = ('c', '__dict__')
sd = SD(); sd.a = 1; sd.c = [3]; sd.z = 'z'
c = copy.deepcopy(sd)
print(c.a, c.c, c.z, c.c is sd.c, c.__dict__, sorted(sd.__getstate__()[1].items()))

class Empty:
    pass
e = copy.copy(Empty()); print(type(e).__name__, e.__dict__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(self.v * 10)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        print('getstate')
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
        self.cache = None
st = copy.copy(State()); print(st.a, st.cache)
st = copy.deepcopy(State()); print(st.a, st.cache)

class NoneState:
    def __getstate__(self):
        return None
    def __setstate__(self, st):
        print('never called')
print(type(copy.copy(NoneState())).__name__)

class FalseState:
    x = 'class'
    def __getstate__(self):
        return 0
    def __setstate__(self, st):
        print('setstate with', st)
copy.copy(FalseState())

class InitCounter:
    inits = 0
    def __init__(self):
        InitCounter.inits += 1
copy.copy(InitCounter()); copy.deepcopy(InitCounter())
print('inits', InitCounter.inits)

class Reduce:
    def __init__(self, *args):
        self.args = args
    def __reduce__(self):
        return (Reduce, (1, [2]), {'extra': 'e'})
r = copy.deepcopy(Reduce())
print(r.args, r.extra)

class ReduceEx:
    def __reduce_ex__(self, proto):
        print('proto', proto)
        return (ReduceEx, ())
print(type(copy.copy(ReduceEx())).__name__)

class Global:
    def __reduce__(self):
        return 'Global'
g = Global(); print(copy.copy(g) is g, copy.deepcopy(g) is g)

class Items:
    def __reduce__(self):
        return (list, (), None, iter([1, 2]), None)
print(copy.copy(Items()), copy.deepcopy(Items()))

class DictItems:
    def __reduce__(self):
        return (dict, (), None, None, iter([('a', [1])]))
print(copy.deepcopy(DictItems()))

class Bad:
    def __reduce__(self):
        return 5
trap(lambda: copy.copy(Bad()))

class NewArgs(int):
    def __new__(cls, v, tag='t'):
        obj = super().__new__(cls, v)
        obj.tag = tag
        return obj
    def __getnewargs__(self):
        return (int(self), self.tag + '!')
n = copy.copy(NewArgs(5, 'x')); print(n, n.tag, type(n).__name__)

class L(list):
    pass
l = L([1, [2]]); l.attr = 'a'
c, d = copy.copy(l), copy.deepcopy(l)
print(type(c).__name__, c, c.attr, c[1] is l[1], type(d).__name__, d, d.attr, d[1] is l[1])

class D(dict):
    pass
dd = D(k=[1]); dd.attr = 'b'
c, d = copy.copy(dd), copy.deepcopy(dd)
print(type(c).__name__, c, c.attr, c['k'] is dd['k'], d['k'] is dd['k'], d.attr)

class T(tuple):
    pass
t = T([1, [2]])
c, d = copy.copy(t), copy.deepcopy(t)
print(type(c).__name__, c, type(d).__name__, d, d[1] is t[1])

class St(str):
    pass
print(type(copy.copy(St('ab'))).__name__, copy.deepcopy(St('ab')))

class SetSub(set):
    pass
ss = SetSub([1, 2]); ss.n = 1
c = copy.copy(ss); print(type(c).__name__, sorted(c), c.n)

class WithMeth:
    def __init__(self):
        self.f = self.method
    def method(self):
        return 'm'
w = copy.deepcopy(WithMeth())
print(w.f(), w.f.__self__ is w)
