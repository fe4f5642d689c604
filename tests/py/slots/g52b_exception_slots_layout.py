# Spec G52 numbers: Exception subclasses with and without slots.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"); BaseException's own struct is slotpy's,
# so sizes are relative to Exception: E adds one slot word (+8) and keeps the
# base's dict offset, no weakref; E2 adds the weakref pointer right after
# Exception's struct (+8) and keeps the dict offset.
class E(Exception):
    __slots__ = ('a',)
class E2(Exception): pass
X = Exception
print(E.__basicsize__ - X.__basicsize__, E.__dictoffset__ == X.__dictoffset__, X.__dictoffset__ > 0, E.__weakrefoffset__)
print(E2.__basicsize__ - X.__basicsize__, E2.__dictoffset__ == X.__dictoffset__, E2.__weakrefoffset__ - X.__basicsize__)
