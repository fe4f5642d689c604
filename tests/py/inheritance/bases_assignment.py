# __bases__ can be reassigned; __mro__ updates; errors for invalid values.
class A:
    def f(self):
        return "A"


class B:
    def f(self):
        return "B"


class C(A):
    pass


print(C().f())
C.__bases__ = (B,)
print(C().f(), [k.__name__ for k in C.__mro__])
for val in ((), 5, (C,)):
    try:
        C.__bases__ = val
    except TypeError as e:
        print(type(e).__name__ + ":", e)
