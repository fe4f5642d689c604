# If __new__ returns an instance of a subclass of cls, that object's __init__ is called.
class Base:
    def __new__(cls, v):
        if v > 0 and cls is Base:
            return Sub.__new__(Sub, v)
        return super().__new__(cls)

    def __init__(self, v):
        print(type(self).__name__ + ".__init__ via Base", v)


class Sub(Base):
    def __init__(self, v):
        print("Sub.__init__", v)


print(type(Base(1)).__name__)
print(type(Base(-1)).__name__)
