# Metaclass conflict: the metaclass of a derived class must be a subclass of all bases' metaclasses.
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class D(A, metaclass=M2): pass
except TypeError as e:
    print('TypeError:', e)
try:
    type('E', (A, B), {})
except TypeError as e:
    print('TypeError:', e)
try:
    M2('F', (A,), {})
except TypeError as e:
    print('TypeError:', e)
class M3(M1, M2): pass
class G(A, B, metaclass=M3): pass
print(type(G).__name__, [k.__name__ for k in G.__mro__])
X = type('X', (A,), {})
print(type(X).__name__)
