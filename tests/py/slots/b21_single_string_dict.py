# Spec B21: __slots__ = '__dict__' (a single string) works too.
class C:
    __slots__ = '__dict__'
c = C(); c.x = 1
print(vars(c), C.__slots__)
class W:
    __slots__ = '__weakref__'
print(W().__weakref__, hasattr(W(), '__dict__'))
