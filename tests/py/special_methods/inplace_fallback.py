# In-place operators fall back to the binary operator (and reflected) when __iop__ is missing or NotImplemented.
class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__")
        return A(self.v + o)

    def __isub__(self, o):
        print("__isub__ -> NotImplemented")
        return NotImplemented

    def __sub__(self, o):
        print("__sub__")
        return A(self.v - o)


a = A(1)
orig = a
a += 5
print(a.v, a is orig)
a -= 2
print(a.v)
try:
    a *= 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
