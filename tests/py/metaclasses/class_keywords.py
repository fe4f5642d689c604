# Class keywords are passed to __prepare__, metaclass __new__/__init__ and __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Child(Base, color="red", size=3):
    pass
