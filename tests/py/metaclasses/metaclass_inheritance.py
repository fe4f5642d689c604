# Subclasses inherit the metaclass; the most derived metaclass is chosen.
class M1(type):
    pass


class M2(M1):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(A, B):
    pass


class D(A):
    pass


print(type(C).__name__, type(D).__name__)
print(type(type("E", (A, B), {})).__name__)
