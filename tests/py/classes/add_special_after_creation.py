# Setting or deleting special methods on a class after creation (C.__add__ = f) takes effect immediately.
class C:
    def __init__(self, v): self.v = v
try:
    C(1) + C(2)
except TypeError as e:
    print('TypeError:', e)
C.__add__ = lambda self, o: C(self.v + o.v)
print((C(1) + C(2)).v)
C.__repr__ = lambda self: f'C({self.v})'
C.__len__ = lambda self: self.v
C.__eq__ = lambda self, o: self.v == o.v
print(repr(C(3)), len(C(4)), C(1) == C(1))
class D(C): pass
print(D(5) + D(1), len(D(2)))
del C.__add__
try:
    D(1) + D(2)
except TypeError as e:
    print('TypeError:', e)
D.__add__ = lambda self, o: 'D add'
print(D(1) + D(2))
c = C(1)
c.__len__ = lambda: 99
print(len(c))
C.__getitem__ = lambda self, i: i * self.v
print(C(3)[4], list(zip(C(2), 'ab')))
C.__bool__ = lambda self: False
print(bool(C(1)), bool(D(1)))
del C.__bool__
print(bool(C(1)), bool(C(0)))
C.__hash__ = lambda self: 7
print(hash(C(1)))
