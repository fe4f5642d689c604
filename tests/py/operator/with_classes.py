# operator functions dispatch to the special methods of user classes.
import operator as op

class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'Vec%r' % (self.c,)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __getitem__(self, i):
        return self.c[i]
    def __len__(self):
        return len(self.c)
    def __contains__(self, x):
        return x in self.c
    def __bool__(self):
        return any(self.c)
    def __index__(self):
        return len(self.c)
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self

a, b = Vec(1, 2), Vec(3, 4)
print(op.add(a, b), op.sub(a, b), op.mul(a, 3), op.mul(2, a), op.matmul(a, b))
print(op.neg(a), op.abs(b), op.eq(a, Vec(1, 2)), op.ne(a, b), op.lt(a, b), op.gt(a, b))
print(op.getitem(b, 0), op.getitem(b, slice(None)), op.contains(a, 2), op.countOf(a, 2))
print(op.indexOf(b, 4), op.length_hint(a), op.truth(Vec(0, 0)), op.not_(Vec(0, 1)), op.index(a))
c = a
r = op.iadd(a, b)
print(r is c, c)
try:
    op.setitem(a, 0, 5)
except TypeError as e:
    print('TypeError', e)
try:
    op.delitem(a, 0)
except TypeError as e:
    print('TypeError', e)
try:
    op.truediv(a, 2)
except TypeError as e:
    print('TypeError', e)
try:
    op.le(a, b)
except TypeError as e:
    print('TypeError', e)
print(sorted([Vec(3, 4), Vec(1, 0), Vec(0, 2)]))
class Rev:
    def __radd__(self, o):
        return 'radd'
    def __rsub__(self, o):
        return 'rsub'
    def __rpow__(self, o):
        return 'rpow'
print(op.add(1, Rev()), op.sub([], Rev()), op.pow(2, Rev()), op.iadd(1, Rev()))
