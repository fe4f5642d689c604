# Spec G49 numbers: var-sized subclasses get the dict at offset -8 and basicsize +8.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): for a var-sized base the dict pointer is
# the last word of the object (__dictoffset__ -8), basicsize grows by 8, the
# itemsize is the base's, no weakref.  Base sizes are slotpy's own, so the
# basicsize is printed relative to the base.
class I(int): pass
class T(tuple): pass
class Bs(bytes): pass
for k, b in ((I, int), (T, tuple), (Bs, bytes)):
    print(k.__name__, k.__basicsize__ - b.__basicsize__, k.__itemsize__ == b.__itemsize__,
          k.__dictoffset__, k.__weakrefoffset__)
