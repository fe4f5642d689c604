# Spec H55: a plain class does not conflict with a slotted class; the slotted one becomes __base__.
class Plain: pass
class B:
    __slots__ = ('x',)
for bases in ((Plain, B), (B, Plain)):
    C = type('C', bases, {})
    c = C(); c.x = 1; c.y = 2
    print(C.__base__.__name__, [k.__name__ for k in C.__mro__], c.x, c.__dict__, c.__weakref__)
class SW:
    __slots__ = ('__weakref__',)
class SD:
    __slots__ = ('__dict__',)
for bases in ((SW, B), (SD, B), (Plain, SW), (SD, SW)):
    print(type('C', bases, {}).__base__.__name__)
