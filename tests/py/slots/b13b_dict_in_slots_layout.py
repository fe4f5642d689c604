# Spec B13 numbers: layout of __slots__ = ['__dict__'].
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): the dict pointer lives inside the object
# right after object's 8-byte header: basicsize 16, itemsize 0,
# dictoffset 8, weakrefoffset 0 (CPython: 16 0 -40 0, managed dict).
class D:
    __slots__ = ['__dict__']
print(D.__basicsize__, D.__itemsize__, D.__dictoffset__, D.__weakrefoffset__)
