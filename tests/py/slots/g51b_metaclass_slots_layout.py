# Spec G51 numbers: class M(type): __slots__ = () has type's layout.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"); type's own sizes are slotpy's, so M is
# compared with type: nothing added, same itemsize/dict/weakref offsets, and
# type is var-sized with a dict and weakrefs.
class M(type):
    __slots__ = ()
print(M.__basicsize__ - type.__basicsize__, M.__itemsize__ == type.__itemsize__,
      M.__dictoffset__ == type.__dictoffset__, M.__weakrefoffset__ == type.__weakrefoffset__)
print(type.__itemsize__ != 0, type.__dictoffset__ != 0, type.__weakrefoffset__ != 0)
