# classmethod receives the class, whether called via the class, an instance or a subclass.
class C:
    @classmethod
    def who(cls, x):
        return cls.__name__, x


class D(C):
    pass


print(C.who(1))
print(C().who(2))
print(D.who(3))
print(D().who(4))
m = C.who
print(m.__self__ is C, m.__func__ is C.__dict__["who"].__func__)
print(type(C.__dict__["who"]).__name__)
