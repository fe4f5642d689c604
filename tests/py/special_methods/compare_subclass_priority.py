# For comparisons, a right-hand subclass overriding the reflected method is tried first.
class Base:
    def __lt__(self, o):
        return "Base.__lt__"

    def __gt__(self, o):
        return "Base.__gt__"

    def __eq__(self, o):
        return "Base.__eq__"


class Sub(Base):
    def __gt__(self, o):
        return "Sub.__gt__"

    def __eq__(self, o):
        return "Sub.__eq__"


print(Base() < Sub())
print(Base() == Sub())
print(Sub() < Base())
