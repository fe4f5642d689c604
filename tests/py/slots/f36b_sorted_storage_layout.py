# Spec F36 numbers: five slots after object's header.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): 8-byte header + 5 slots * 8 = 48
# (CPython: 56).  The storage order itself (CPython peeks it with ctypes) is
# not observable without ctypes; f36_sorted_storage.py checks the member order.
class C:
    __slots__ = ('c', 'b', 'a', 'B', '_z')
print(C.__basicsize__)
