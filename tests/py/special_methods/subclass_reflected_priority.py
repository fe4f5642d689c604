# If the right operand's type is a subclass that overrides the reflected method, it goes first.
class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"


class Sub2(Base):
    pass


print(Base() + Sub())
print(Sub() + Base())
print(Base() + Sub2())


class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"


print(1 + MyInt(2))
print(MyInt(2) + 1)
