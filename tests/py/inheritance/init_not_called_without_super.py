# A subclass __init__ that doesn't call super() leaves the base's attributes unset.
class Base:
    def __init__(self):
        self.base_ready = True


class Child(Base):
    def __init__(self):
        self.child_ready = True


c = Child()
print(c.child_ready, hasattr(c, "base_ready"))
try:
    c.base_ready
except AttributeError as e:
    print(type(e).__name__ + ":", e)


class Inherits(Base):
    pass


print(Inherits().base_ready)
