# Spec B14 numbers: layout of __slots__ = ['__weakref__'].
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): one weakref pointer after object's 8-byte
# header: basicsize 16, weakrefoffset 8, dictoffset 0 (CPython: 24 16 0).
class W:
    __slots__ = ['__weakref__']
print(W.__basicsize__, W.__weakrefoffset__, W.__dictoffset__)
