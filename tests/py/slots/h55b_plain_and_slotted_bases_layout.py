# Spec H55 numbers: (Plain, B) and (B, Plain) both lay out as B + dict + weakref.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): B = 8 + 8 = 16, then the dict pointer at
# 16 and the weakref pointer at 24: 32 16 24 (CPython: 32 -56 24).
class Plain: pass
class B:
    __slots__ = ('x',)
for bases in ((Plain, B), (B, Plain)):
    C = type('C', bases, {})
    print(C.__base__.__name__, C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__)
