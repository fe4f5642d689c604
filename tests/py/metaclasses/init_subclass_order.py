# __init_subclass__ runs after __set_name__ and sees the complete class.
class D:
    def __set_name__(self, owner, name):
        print("set_name", name)


class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, hasattr(cls, "attr"))


class Child(Base):
    attr = D()
