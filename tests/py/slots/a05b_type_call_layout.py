# Spec A5 numbers: __basicsize__ of type('C', (), {'__slots__': ['x', 'y']}).
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): object header 8 bytes + 2 slots * 8 = 24
# (CPython: 32).
d = {'__slots__': ['x', 'y']}
C = type('C', (), d)
print(C.__basicsize__)
