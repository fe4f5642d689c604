# __add__ returning NotImplemented falls back to the other operand's __radd__.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented


class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B wins"


print(A() + B())


class C:
    def __radd__(self, o):
        print("C.__radd__")
        return NotImplemented


try:
    A() + C()
except TypeError as e:
    print(type(e).__name__ + ":", e)
