# isinstance/issubclass follow the MRO, including tuples of classes and nested tuples.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)))
print(issubclass(B, (C, (int, A))), issubclass(A, A), issubclass(bool, int))
print(isinstance(True, (str, (float, int))))
