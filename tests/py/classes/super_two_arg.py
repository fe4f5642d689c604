# super(type, obj) and super(type, type): explicit forms, errors for bad arguments.
class A:
    def f(self): return 'A.f'
    x = 'A.x'
class B(A):
    def f(self): return 'B.f'
    x = 'B.x'
class C(B):
    def f(self): return 'C.f'
c = C()
print(super(C, c).f(), super(B, c).f(), super(C, c).x, super(B, C).x)
print(super(B, C).f(c), super(C, C).f is B.f)
try:
    super(B, A())
except TypeError as e:
    print('TypeError:', e)
try:
    super(B, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    super(1, c)
except TypeError as e:
    print('TypeError:', e)
try:
    super(A, c).nope
except AttributeError as e:
    print('AttributeError:', e)
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
u = super(B)
print(u.__self__, u.__thisclass__.__name__)
