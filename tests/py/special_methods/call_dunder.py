# __call__ makes instances callable; looked up on the type, not the instance.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale


a = Adder(2)
print(a(3), a(3, scale=10), callable(a))


class Plain:
    pass


p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    5()
except TypeError as e:
    print(type(e).__name__ + ":", e)
