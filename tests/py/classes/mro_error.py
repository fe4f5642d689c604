# MRO errors: 'Cannot create a consistent method resolution order (MRO) for bases A, B' and duplicate bases.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class D(A, A): pass
except TypeError as e:
    print('TypeError:', e)
try:
    type('E', (A, B), {})
except TypeError as e:
    print('TypeError:', e)
