# Spec B15 numbers: plain class vs ('__dict__','__weakref__') vs ('a','__dict__','__weakref__').
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): ordinary slots first, then the dict
# pointer, then the weakref pointer, all inside the object after the 8-byte
# header (CPython: A 24 -48 16 / B 24 -48 16 / C 32 -56 24).
class A: pass
class B:
    __slots__ = ('__dict__', '__weakref__')
class C:
    __slots__ = ('a', '__dict__', '__weakref__')
for k in (A, B, C):
    print(k.__name__, k.__basicsize__, k.__dictoffset__, k.__weakrefoffset__)
