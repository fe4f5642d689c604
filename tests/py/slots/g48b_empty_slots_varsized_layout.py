# Spec G48 numbers: int subclass with __slots__ = () adds nothing (relative to int).
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"); int's own size is slotpy's, so the
# basicsize is printed relative to int: nothing is added, itemsize is int's,
# no dict, no weakref.
class I0(int):
    __slots__ = ()
print(I0.__basicsize__ - int.__basicsize__, I0.__itemsize__ == int.__itemsize__, I0.__itemsize__ != 0,
      I0.__dictoffset__, I0.__weakrefoffset__)
