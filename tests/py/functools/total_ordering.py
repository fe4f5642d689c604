# functools.total_ordering: which methods are filled in, and from which root.
from functools import total_ordering

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v

a, b, c = V(1), V(2), V(1)
print(a < b, a > b, a <= b, a >= b, a <= c, a >= c, b > a, b >= a)
print(sorted(x.v for x in [V(3), V(1), V(2)]))
print(V.__gt__.__name__, V.__le__.__name__, V.__ge__.__name__)
print(V.__gt__.__doc__)
print(V.__le__.__doc__)
print(V.__ge__.__doc__)
try:
    V(1) >= 5
except TypeError as e:
    print('TypeError', e)

for root in ('__le__', '__gt__', '__ge__'):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v}
    ops = {'__le__': lambda s, o: s.v <= o.v, '__gt__': lambda s, o: s.v > o.v,
           '__ge__': lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    K = total_ordering(type('K' + root, (), ns))
    x, y, z = K(1), K(2), K(1)
    print(root, x < y, x > y, x <= y, x >= y, x < z, x <= z, x > z, x >= z)
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        m = getattr(K, name)
        print('  ', name, m.__name__, m.__doc__)

@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return 'own gt'
print(Both(1) > Both(2), Both(1) <= Both(2), Both(2) >= Both(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

class Base:
    def __lt__(self, other):
        return True
@total_ordering
class Derived(Base):
    pass
print(Derived() > Derived(), Derived.__ge__.__name__)

@total_ordering
class Str(str):
    pass
print(Str('a') < Str('b'), Str.__le__ is str.__le__)

@total_ordering
class Weird:
    def __lt__(self, other):
        return 0
    def __eq__(self, other):
        return 'eq!'
w = Weird()
print(repr(w <= w), repr(w > w), repr(w >= w))
