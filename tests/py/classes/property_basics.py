# property: getter/setter/deleter/doc, decorator chaining, and the no setter/deleter/getter errors.
class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        'the x property'
        return self._x
    @x.setter
    def x(self, v):
        print('set', v)
        self._x = v
    @x.deleter
    def x(self):
        print('del')
        self._x = None
    @property
    def ro(self): return 'ro'
    wo = property(None, lambda self, v: print('wo set', v))
    p = property(lambda self: 1, doc='explicit doc')
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.p.__doc__, type(C.x).__name__)
del c.x
print(c.x)
try:
    c.ro = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del c.ro
except AttributeError as e:
    print('AttributeError:', e)
c.wo = 3
try:
    c.wo
except AttributeError as e:
    print('AttributeError:', e)
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.ro.fset)
print(C.x is C.__dict__['x'], C.x.__get__(None, C) is C.x, C.x.__get__(c))
class D(C):
    @C.x.getter
    def x(self): return 'D:' + str(self._x)
d = D(); d.x = 7; print(d.x)
class E:
    __slots__ = ('_v',)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, value): self._v = value * 2
e = E(); e.v = 4; print(e.v)
