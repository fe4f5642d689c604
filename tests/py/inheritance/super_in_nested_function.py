# Zero-arg super() in a nested function fails (no args); in a 3.11 comprehension it sees the iterator as 'self'.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return type(e).__name__ + ": " + str(e)

    def g(self):
        try:
            return [super().f() for _ in range(1)]
        except TypeError as e:
            return type(e).__name__ + ": " + str(e)


print(B().f())
print(B().g())
