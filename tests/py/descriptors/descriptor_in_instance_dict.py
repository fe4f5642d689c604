# Descriptors stored in the instance __dict__ are not invoked; they are returned as-is.
class D:
    def __get__(self, obj, owner):
        return "invoked"


class C:
    pass


c = C()
c.d = D()
print(type(c.d).__name__)
C.d2 = D()
print(c.d2)
c.f = lambda: "plain call"
print(c.f())
