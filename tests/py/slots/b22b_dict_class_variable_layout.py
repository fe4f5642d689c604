# Spec B22 numbers: the dict is still added when a class variable __dict__ hides the getset.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): dict pointer right after the 8-byte
# header, __dictoffset__ 8 (CPython: -40, managed dict).
class C:
    __slots__ = ('__dict__',)
    __dict__ = 1
print(C.__dictoffset__, C.__basicsize__)
