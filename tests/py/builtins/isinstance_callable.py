# isinstance/issubclass with tuples and inheritance; callable.
class A:
    pass
class B(A):
    pass
class C:
    def __call__(self):
        return 1
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(A(), B))
print(isinstance(1, (str, int)), isinstance("s", (int, float)), isinstance(True, int), isinstance(1.0, (int, (float,))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object), issubclass(A, A))
print(isinstance(None, type(None)), isinstance(int, type), isinstance([], list), isinstance((), list))
print(callable(len), callable(A), callable(b), callable(C()), callable(lambda: 0), callable("s"), callable(None), callable(print))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(type(b).__name__, type(b) is B, type(b) == A, B.__bases__[0].__name__, [k.__name__ for k in B.__mro__])
