# Spec J79: dir() lists slot names whether set or not.
class A:
    __slots__ = ('a',)
print(sorted(set(dir(A())) - set(dir(object()))))
class B(A):
    __slots__ = ('__b', 'c')
b = B(); b.c = 1
print(sorted(set(dir(b)) - set(dir(object()))))
print('a' in dir(A), '__slots__' in dir(B))
