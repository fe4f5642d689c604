# Unrelated metaclasses of bases conflict: exact TypeError message.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type("C", (A, B), {})
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    class D(A, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
