# Call errors on methods use qualified names.
class C:
    def m(self, a, b):
        return a + b
    def k(self, *, x):
        return x
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
obj = C()
print(obj.m(1, 2), C.m(obj, 3, 4), C.s(5), C.c(6), obj.c(7))
for call in [lambda: obj.m(1), lambda: obj.m(1, 2, 3), lambda: obj.m(1, 2, z=3),
             lambda: obj.k(), lambda: C.m(), lambda: C.s(), lambda: obj.c(1, 2),
             lambda: obj.m(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
class D:
    def __init__(self, x):
        self.x = x
try:
    D()
except TypeError as e:
    print(e)
try:
    D(1, 2)
except TypeError as e:
    print(e)
def outer():
    def inner(a):
        pass
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
