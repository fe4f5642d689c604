# Spec H54 numbers: C(A, B) with A empty-slots and B one slot.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): base B = 8 + 8 = 16; C adds the dict
# pointer (16) and the weakref pointer (24): 32 16 24 (CPython: 32 -56 24).
class A:
    __slots__ = ()
class B:
    __slots__ = ('b',)
class C(A, B): pass
print(C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__)
