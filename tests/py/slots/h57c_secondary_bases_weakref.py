# Spec H57: weakref.ref works for classes whose weakref support comes from a secondary base.
import weakref
class A:
    __slots__ = ()
class B: pass
class C(A, B):
    __slots__ = ()
c = C(); c.x = 2
print(c.__dict__, weakref.ref(c)() is c)
class D:
    __slots__ = ['__dict__']
class W:
    __slots__ = ['__weakref__']
class C2(D, W):
    __slots__ = []
o = C2()
r = weakref.ref(o)
print(r() is o, o.__weakref__ is r)
