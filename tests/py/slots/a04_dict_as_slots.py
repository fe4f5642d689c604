# Spec A4: a dict as __slots__: keys are the names, values are not used as descriptor docs.
class C:
    __slots__ = {'a': 'doc of a', 'b': 'doc of b'}
print(C.__slots__, C.a.__doc__, C.b)
print(C.b.__doc__)
c = C(); c.a = 1; c.b = 2
print(c.a, c.b)
