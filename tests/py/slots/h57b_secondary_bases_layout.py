# Spec H57 numbers: dict/weakref added because of a secondary base.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"):
#   C(A, B): base A (8) + dict (8) + weakref (16) = 24, same as the plain B;
#   C1(W, D): base W = 8 + weakref at 8 = 16; the dict from D goes at 16: 24 16 8;
#   C2(D, W): base D = 8 + dict at 8 = 16; the weakref from W goes at 16: 24 8 16.
# (CPython: C1 24 -48 16, C2 24 -40 16.)
class A:
    __slots__ = ()
class B: pass
class C(A, B):
    __slots__ = ()
print(C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__, B.__basicsize__)
class D:
    __slots__ = ['__dict__']
class W:
    __slots__ = ['__weakref__']
class C1(W, D):
    __slots__ = []
class C2(D, W):
    __slots__ = []
for k in (C1, C2):
    print(k.__name__, k.__basicsize__, k.__dictoffset__, k.__weakrefoffset__)
