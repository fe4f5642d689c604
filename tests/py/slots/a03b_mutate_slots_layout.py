# Spec A3 numbers: __basicsize__ stays the same after __slots__ is mutated, rebound, deleted.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): 8-byte object header, one 8-byte word per
# slot, so a class with one slot has __basicsize__ 8 + 8 = 16 (CPython: 24).
class C:
    __slots__ = ['a']
print(C.__basicsize__)
C.__slots__.append('b')
print(C.__basicsize__)
C.__slots__ = ('x', 'y')
print(C.__basicsize__)
del C.__slots__
print(C.__basicsize__)
