# Bound methods expose __self__ and __func__; a new bound object is created on each access.
class C:
    def m(self):
        return "m"


c = C()
b1 = c.m
b2 = c.m
print(b1.__self__ is c, b1.__func__ is C.m)
print(b1 is b2, b1 == b2)
print(c.m == C().m)
print(b1())
print(type(b1).__name__, type(C.m).__name__)
print(b1.__name__, b1.__qualname__)
