# Functions are non-data descriptors: __get__(obj) binds, __get__(None, cls) returns the function.
def f(self, x):
    return (self, x)


class C:
    pass


bound = f.__get__(5, int)
print(bound(6))
print(bound.__self__, bound.__func__ is f)
print(f.__get__(None, C) is f)
C.g = f
c = C()
print(c.g(1)[1], c.g(1)[0] is c)
c.h = f
try:
    c.h(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
