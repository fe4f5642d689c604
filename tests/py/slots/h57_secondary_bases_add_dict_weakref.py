# Spec H57: secondary bases supply __dict__/__weakref__ to a class with __slots__.
class A:
    __slots__ = ()
class B: pass
class C(A, B):
    __slots__ = ()
c = C(); c.x = 2
print(C.__basicsize__ == B.__basicsize__, c.__dict__, c.__weakref__, C.__base__.__name__)
print([k for k in C.__dict__])
class D:
    __slots__ = ['__dict__']
class W:
    __slots__ = ['__weakref__']
class C1(W, D):
    __slots__ = []
class C2(D, W):
    __slots__ = []
for k in (C1, C2):
    o = k(); o.foo = 42
    print(k.__name__, o.__dict__, hasattr(o, '__weakref__'), k.__base__.__name__, list(k.__dict__))
class C3(A, B):
    __slots__ = ('__dict__',)
c3 = C3(); c3.q = 1
print(c3.__dict__)
