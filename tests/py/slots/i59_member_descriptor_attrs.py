# Spec I59: member descriptor type, repr, __name__, __qualname__, __objclass__, __doc__.
class O:
    class C:
        __slots__ = ('a', '__p')
C = O.C
print(repr(C.a), type(C.a).__name__, type(C.a).__mro__)
print(C.a.__name__, C.a.__qualname__, C.a.__objclass__, C.a.__doc__, C._C__p)
print(C._C__p.__name__, C._C__p.__qualname__, str(C.a))
K = type('K', (), {'__slots__': ('z',), '__qualname__': 'Outer.K'})
print(K.z, K.z.__qualname__)
