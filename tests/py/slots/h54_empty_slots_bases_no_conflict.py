# Spec H54: empty-slots bases never conflict; __base__ is the base with the biggest layout.
class A:
    __slots__ = ()
class B:
    __slots__ = ('b',)
class C(A, B): pass
print(C.__base__.__name__, [k.__name__ for k in C.__mro__], C.__bases__)
c = C(); c.b = 1; c.x = 2
print(c.b, c.__dict__)
class D(B, A):
    __slots__ = ()
print(D.__base__.__name__, [k.__name__ for k in D.__mro__])
