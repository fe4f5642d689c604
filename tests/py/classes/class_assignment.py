# __class__ assignment between ordinary classes changes method lookup; isinstance follows.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def only_b(self): return 'only B ' + self.name
a = A(); a.name = 'x'
print(a.who(), type(a).__name__, a.__class__.__name__)
a.__class__ = B
print(a.who(), a.only_b(), isinstance(a, B), isinstance(a, A), a.__dict__)
class Sub(B): pass
a.__class__ = Sub
print(type(a).__name__, a.who())
try:
    a.__class__ = 'B'
except TypeError as e:
    print('TypeError:', e)
try:
    a.__class__ = int
except TypeError as e:
    print('TypeError:', e)
try:
    (5).__class__ = A
except TypeError as e:
    print('TypeError:', e)
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(type(f).__name__, f.__class__.__name__, isinstance(f, int), isinstance(f, Fake))
