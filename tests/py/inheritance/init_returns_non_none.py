# __init__ must return None: exact TypeError.
class A:
    def __init__(self):
        return 5


class B:
    def __init__(self):
        return None


try:
    A()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(B()).__name__)


class C:
    def __init__(self):
        yield 1


try:
    C()
except TypeError as e:
    print(type(e).__name__ + ":", e)
