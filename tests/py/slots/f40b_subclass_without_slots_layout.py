# Spec F40 numbers: dict and weakref appended after the base's slot.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): A = 8 + a = 16; B adds the dict pointer
# at 16 and the weakref pointer at 24: 32 16 24 (CPython: 32 -56 24).
class A:
    __slots__ = ('a',)
class B(A): pass
print(B.__basicsize__, B.__dictoffset__, B.__weakrefoffset__)
