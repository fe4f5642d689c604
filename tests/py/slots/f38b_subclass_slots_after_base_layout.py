# Spec F38 numbers: weakref pointer after the subclass's slots, which follow the base's.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): P = header 8 + p = 16; C adds a (16),
# z (24), then the weakref pointer at 32: basicsize 40 (CPython: 40 48).
class P:
    __slots__ = ('p',)
class C(P):
    __slots__ = ('z', 'a', '__weakref__')
print(C.__weakrefoffset__, C.__basicsize__)
print(P.__basicsize__, C.__weakrefoffset__ == C.__basicsize__ - 8)
