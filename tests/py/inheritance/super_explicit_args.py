# super(type, obj) and super(type, type2) skip past `type` in the MRO.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B"


class C(B):
    def f(self):
        return "C"


c = C()
print(super(C, c).f(), super(B, c).f())
print(super(C, C).f(c), super(B, C).f(c))
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
