# Instances with __call__ are callable with full argument handling.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=3), callable(a))
try:
    a()
except TypeError as e:
    print(e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
print(callable(NotCallable), callable(NotCallable()))
fns = [a, abs, lambda x: -x, str]
print([f(-5) for f in fns])
class Bound:
    def __init__(self):
        self.v = 3
    def get(self, k=1):
        return self.v * k
b = Bound()
m = b.get
print(m(), m(k=4), m.__name__, m.__self__ is b)
