# Spec F42: re-declaring a base slot in a subclass creates a new descriptor with new storage.
class C:
    __slots__ = ('a',)
class D(C):
    __slots__ = ('a',)
d = D(); d.a = 1; C.a.__set__(d, 2)
print(d.a, C.a.__get__(d), D.a is C.a, D.a, C.a)
del d.a
print(hasattr(d, 'a'), C.a.__get__(d))
print(D.__basicsize__ > C.__basicsize__)
