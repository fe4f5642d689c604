# __call__ makes instances callable; non-callable instances; __call__ looked up on the type.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (self.n + x) * scale
a = Adder(2)
print(a(3), a(3, scale=2), callable(a), callable(Adder))
try:
    a()
except TypeError as e:
    print('TypeError:', e)
class NotCallable: pass
n = NotCallable()
n.__call__ = lambda: 'instance attr'
print(callable(n))
try:
    n()
except TypeError as e:
    print('TypeError:', e)
class Late: pass
Late.__call__ = lambda self: 'added later'
print(Late()())
class Recursive:
    def __call__(self): return self
r = Recursive()
print(r()()() is r)
