# Spec F37: order of entries in the class __dict__ (namespace, members sorted, getsets, __doc__).
class C:
    __slots__ = ('b', 'a', '__weakref__', '__dict__')
    def m(self): pass
print(list(C.__dict__))
class P: pass
print(list(P.__dict__))
class Q:
    'doc'
    __slots__ = ('z', 'y')
    x = 1
print(list(Q.__dict__))
class R(Q): pass
print(list(R.__dict__))
class S(P):
    __slots__ = ('s',)
print(list(S.__dict__))
