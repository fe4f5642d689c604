# Spec F42 numbers: a re-declared slot takes a new word.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): C = 8 + 8 = 16, D = 16 + 8 = 24
# (CPython: 24 and 32).
class C:
    __slots__ = ('a',)
class D(C):
    __slots__ = ('a',)
print(C.__basicsize__, D.__basicsize__)
