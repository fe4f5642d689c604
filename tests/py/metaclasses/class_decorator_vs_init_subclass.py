# Order at class creation: body, __set_name__, __init_subclass__, metaclass __init__ finish, then decorators.
class Meta(type):
    def __init__(cls, name, bases, ns):
        print("Meta.__init__ start", name)
        super().__init__(name, bases, ns)
        print("Meta.__init__ end", name)


class Base(metaclass=Meta):
    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__)


def deco(cls):
    print("decorator", cls.__name__)
    return cls


class D:
    def __set_name__(self, owner, name):
        print("__set_name__", name)


@deco
class Child(Base):
    print("body")
    attr = D()
