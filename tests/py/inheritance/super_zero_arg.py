# super() with no arguments in methods, and its repr-independent attributes.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        s = super()
        print(s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__)
        return "B.f>" + s.f()


print(B().f())
