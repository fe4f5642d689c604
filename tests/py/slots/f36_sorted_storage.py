# Spec F36: slot storage is sorted by mangled name (seen in the class dict order); declaration order is irrelevant.
class C:
    __slots__ = ('c', 'b', 'a', 'B', '_z')
x = C(); x.a = 'a'; x.b = 'b'; x.c = 'c'; x.B = 'B'; x._z = '_z'
print([k for k in C.__dict__ if type(C.__dict__[k]) is type(C.a)])
print([getattr(x, k) for k in ('B', '_z', 'a', 'b', 'c')])
class D:
    __slots__ = ('__p', 'zz', '_D__a')
print([k for k in D.__dict__ if type(D.__dict__[k]) is type(D.zz)])
