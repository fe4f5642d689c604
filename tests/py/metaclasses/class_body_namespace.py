# The class body namespace contains __module__ and __qualname__; nested class qualnames.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, sorted(ns))
        return super().__new__(mcls, name, bases, ns)


class Outer(metaclass=Meta):
    """doc"""

    class Inner(metaclass=Meta):
        pass

    def m(self):
        return __class__


print(Outer.Inner.__qualname__, Outer().m() is Outer)
