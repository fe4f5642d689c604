# Spec F40: a subclass without __slots__ of a slotted class gets __dict__ and __weakref__ back.
class A:
    __slots__ = ('a',)
class B(A): pass
b = B(); b.a = 1; b.x = 2
print(b.__dict__, b.__weakref__, B.__slots__, '__slots__' in B.__dict__)
print(list(B.__dict__), B.__dict__['__dict__'], B.__dict__['__weakref__'])
print(b.a, 'a' in b.__dict__)
