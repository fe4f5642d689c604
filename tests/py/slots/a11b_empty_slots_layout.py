# Spec A11 numbers: layout of a class with __slots__ = ().
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): nothing is added to object's 8 bytes
# (CPython: 16 0 0 0).
class C:
    __slots__ = ()
print(C.__basicsize__, C.__itemsize__, C.__dictoffset__, C.__weakrefoffset__)
print(object.__basicsize__, object.__itemsize__, object.__dictoffset__, object.__weakrefoffset__)
