# In-place operators: __iadd__ and friends, fallback to __add__/__radd__, NotImplemented, errors.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        print('__iadd__', other)
        self.items.append(other)
        return self
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print('__sub__', other)
        return 'sub result'
    def __imul__(self, other):
        return 'imul replaced'
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 5
print(a)
c = Acc()
c *= 3
print(c)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
class R:
    def __radd__(self, o): return 'radd from ' + type(o).__name__
n = 5
n += R()
print(n)
class Nothing: pass
z = Nothing()
try:
    z += 1
except TypeError as e:
    print('TypeError:', e)
try:
    z **= 2
except TypeError as e:
    print('TypeError:', e)
try:
    z @= 2
except TypeError as e:
    print('TypeError:', e)
L = [1]
L2 = L
L += (2, 3)
print(L, L is L2)
