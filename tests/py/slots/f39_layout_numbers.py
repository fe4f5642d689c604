# Spec F39: layout numbers of object-based classes (basicsize, itemsize, dictoffset, weakrefoffset).
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): 8-byte object header, slots at
# base.__basicsize__ + 8*i (sorted), then the dict pointer, then the weakref
# pointer, all inside the object; inherited offsets are copied from the base.
# CPython 3.11 prints other numbers (16-byte header, managed dict at a negative
# offset) and the MANAGED_DICT flag, which slotpy does not have.
class Plain: pass
class S0: __slots__ = ()
class S1: __slots__ = ('a',)
class S3: __slots__ = ('a', 'b', 'c')
class SD: __slots__ = ('__dict__',)
class SW: __slots__ = ('__weakref__',)
class SDW: __slots__ = ('__dict__', '__weakref__')
class SaDW: __slots__ = ('a', '__dict__', '__weakref__')
class Sub1(S1): __slots__ = ('b',)
class Sub1Plain(S1): pass
class PlainSub(Plain): pass
class PlainSubSlots(Plain): __slots__ = ('x',)
class SDSub(SD): pass
class SWSub(SW): pass
class SDWSubSlots(SDW): __slots__ = ('x',)
for k in (object, Plain, S0, S1, S3, SD, SW, SDW, SaDW, Sub1, Sub1Plain,
          PlainSub, PlainSubSlots, SDSub, SWSub, SDWSubSlots):
    print(f"{k.__name__:14} {k.__basicsize__:3} {k.__itemsize__} {k.__dictoffset__:4} {k.__weakrefoffset__:3}")
