# int subclass overriding __new__ to normalise values; extra attributes allowed.
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)

    def __init__(self, v):
        self.orig = v


e = Even(7)
print(e, e.orig, type(e).__name__)
print(Even(4) + Even(3))


class Bool2(int):
    pass


print(Bool2(True), type(Bool2("12")).__name__, Bool2("ff", 16))
try:
    Bool2("x")
except ValueError as e:
    print(type(e).__name__ + ":", e)
