# Spec F41: subclasses of a plain class inherit dict/weakref without their own getsets.
class A: pass
class B(A): pass
class C(A):
    __slots__ = ('x',)
print(list(B.__dict__), list(C.__dict__))
c = C(); c.y = 1; c.x = 2; print(c.__dict__, c.x, c.__weakref__)
print(C.__dictoffset__ == A.__dictoffset__, C.__weakrefoffset__ == A.__weakrefoffset__)
