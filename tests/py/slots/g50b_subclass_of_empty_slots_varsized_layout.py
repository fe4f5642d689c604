# Spec G50 numbers: J(I0(int)) gets the -8 dict, basicsize int's + 8.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): var-sized base -> dict at -8 and one
# more word; int's own size is slotpy's, so printed relative to int.
class I0(int):
    __slots__ = ()
class J(I0): pass
print(J.__basicsize__ - int.__basicsize__, J.__dictoffset__, J.__weakrefoffset__)
