# Cooperative __init__ with **kwargs passes arguments along the MRO.
class Base:
    def __init__(self, **kw):
        print("Base", kw)
        super().__init__(**kw)


class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)


class Sized(Base):
    def __init__(self, size, **kw):
        print("Sized", size)
        self.size = size
        super().__init__(**kw)


class Thing(Named, Sized):
    pass


t = Thing(name="box", size=3)
print(t.name, t.size)
try:
    Thing(name="x", size=1, extra=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
