# Spec A10: str-subclass items are accepted; the member descriptor's __name__ is an exact str.
class S(str): pass
class C:
    __slots__ = (S('x'),)
c = C(); c.x = 1
print(type(C.__slots__[0]).__name__, type(C.x.__name__).__name__, c.x)
print([type(k).__name__ for k in C.__dict__ if k == 'x'])
