import numbers, math

class MyReal(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return math.trunc(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __round__(self, nd=None): return round(self.v, nd)
    def __floordiv__(self, o): return MyReal(self.v // float(o))
    def __rfloordiv__(self, o): return MyReal(float(o) // self.v)
    def __mod__(self, o): return MyReal(self.v % float(o))
    def __rmod__(self, o): return MyReal(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return MyReal(self.v + float(o))
    def __radd__(self, o): return MyReal(float(o) + self.v)
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return MyReal(self.v)
    def __mul__(self, o): return MyReal(self.v * float(o))
    def __rmul__(self, o): return MyReal(float(o) * self.v)
    def __truediv__(self, o): return MyReal(self.v / float(o))
    def __rtruediv__(self, o): return MyReal(float(o) / self.v)
    def __pow__(self, o): return MyReal(self.v ** float(o))
    def __rpow__(self, o): return MyReal(float(o) ** self.v)
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'MyReal(%r)' % self.v

r = MyReal(7.5)
print(r, complex(r), r.real, r.imag, r.conjugate(), divmod(r, 2), divmod(20, r), r - 1, 1 - r, bool(r), bool(MyReal(0)))
print(isinstance(r, numbers.Complex), isinstance(r, numbers.Rational))

class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = __le__ = None
    __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pos__ = __pow__ = __radd__ = __rand__ = None
    __rfloordiv__ = __rlshift__ = __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = None
    __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = None

m = MyInt(12)
print(m.__index__(), float(m), [10, 20, 30][MyInt(1)], bin(MyInt(5)), hex(MyInt(255)), range(10)[MyInt(3)])
print(MyInt(4).denominator, numbers.Rational.__float__.__qualname__)

class Missing(numbers.Integral):
    def __int__(self): return 1
try:
    Missing()
except TypeError as e:
    print('TypeError', str(e)[:60])

class Q(numbers.Rational):
    numerator = 3
    denominator = 4
print(numbers.Rational.__float__(Q), numbers.Integral.__float__.__name__)
numbers.Integral.register(bool) if False else None
print(issubclass(bool, numbers.Integral), numbers.Number.__subclasshook__(int))
