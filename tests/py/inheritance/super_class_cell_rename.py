# Zero-arg super() uses the __class__ cell, so it still works after the module-level name is rebound.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B>" + super().f()


Original = B
B = None
print(Original().f())


class C(Original):
    pass


print(C().f())
