# staticmethod receives no implicit argument; works on instances; callable in 3.10+.
class C:
    @staticmethod
    def add(a, b):
        return a + b

    ref = add


print(C.add(1, 2))
print(C().add(3, 4))
print(type(C.__dict__["add"]).__name__)
print(C.__dict__["add"](5, 6))
print(C.add is C.__dict__["add"].__func__)
try:
    C().add(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
