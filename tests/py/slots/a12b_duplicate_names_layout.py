# Spec A12 numbers: ('a', 'a') reserves two storage words.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): header 8 + 2 words * 8 = 24 (CPython: 32).
class C:
    __slots__ = ('a', 'a')
print(C.__basicsize__)
