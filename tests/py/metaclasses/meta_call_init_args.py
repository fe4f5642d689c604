# type.__call__ passes the same args to __new__ and __init__ of the class.
class C:
    def __new__(cls, *a, **k):
        print("__new__", a, k)
        return super().__new__(cls)

    def __init__(self, *a, **k):
        print("__init__", a, k)


C(1, 2, x=3)
c = type.__call__(C, "via type.__call__")
print(type(c).__name__)
