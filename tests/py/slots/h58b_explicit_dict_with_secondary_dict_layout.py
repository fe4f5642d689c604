# Spec H58 numbers: C(A, B) with an explicit '__dict__' slot.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): base A = 8 + a = 16; the dict pointer
# goes at 16: 24 16 (CPython: 24 -48).
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('__dict__',)
class C(A, B):
    __slots__ = ('__dict__',)
print(C.__base__.__name__, C.__basicsize__, C.__dictoffset__)
