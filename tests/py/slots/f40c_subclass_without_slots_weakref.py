# Spec F40: instances of a subclass without __slots__ of a slotted class support weakref.ref.
import weakref
class A:
    __slots__ = ('a',)
class B(A): pass
b = B(); b.a = 1; b.x = 2
print(b.__dict__, weakref.ref(b)() is b, B.__slots__, '__slots__' in B.__dict__)
