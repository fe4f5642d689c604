# Spec F41 numbers: a slotted subclass of a plain class.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): A = header 8 + dict 8 + weakref 8 = 24;
# C's slot x goes at 24, basicsize 32; dict (8) and weakref (16) offsets are
# inherited (CPython: 32 16, dict managed at -48).
class A: pass
class C(A):
    __slots__ = ('x',)
print(C.__basicsize__, C.__weakrefoffset__, C.__dictoffset__)
