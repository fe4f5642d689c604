# Binary special methods: __add__/__radd__, NotImplemented, subclass reflected priority, unsupported operand errors.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, other):
        print('V.__add__', type(other).__name__)
        if isinstance(other, V): return V(self.x + other.x)
        if isinstance(other, int): return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print('V.__radd__', type(other).__name__)
        if isinstance(other, int): return V(other + self.x)
        return NotImplemented
    def __mul__(self, n): return V(self.x * n)
    def __sub__(self, o): return NotImplemented
    def __repr__(self): return f'V({self.x})'
print(V(1) + V(2), V(1) + 3, 4 + V(1))
try:
    V(1) + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + V(1)
except TypeError as e:
    print('TypeError:', e)
try:
    V(1) - V(2)
except TypeError as e:
    print('TypeError:', e)
try:
    V(1) / 2
except TypeError as e:
    print('TypeError:', e)
class W(V):
    def __radd__(self, other):
        print('W.__radd__')
        return 'W wins'
print(V(1) + W(2))
class Mat:
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
    def __floordiv__(self, o): return 'floordiv'
    def __rtruediv__(self, o): return 'rtruediv'
    def __mod__(self, o): return 'mod'
    def __lshift__(self, o): return 'lshift'
    def __rrshift__(self, o): return 'rrshift'
    def __and__(self, o): return 'and'
    def __ror__(self, o): return 'ror'
    def __xor__(self, o): return 'xor'
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
m = Mat()
print(m @ 1, 1 @ m, m ** 2, pow(m, 2, 5), 2 ** m, m // 1, 1 / m, m % 3, m << 1, 1 >> m, m & 1, 1 | m, m ^ 1, divmod(m, 1), divmod(1, m))
try:
    pow(2, m, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    m - 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 - m
except TypeError as e:
    print('TypeError:', e)
print(V(2) * 3)
try:
    3 * V(2)
except TypeError as e:
    print('TypeError:', e)
