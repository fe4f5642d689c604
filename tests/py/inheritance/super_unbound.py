# super(type) with one argument is unbound; lookups on it fail.
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


s = super(B)
print(s.__self__, s.__thisclass__.__name__, s.__self_class__)
try:
    s.f
except AttributeError as e:
    print(type(e).__name__ + ":", e)
