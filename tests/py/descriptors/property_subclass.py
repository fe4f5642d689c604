# Subclassing property: getter/setter keep the subclass type; __doc__ handled per instance.
class myprop(property):
    pass


class C:
    @myprop
    def x(self):
        "x doc"
        return 1

    @x.setter
    def x(self, v):
        pass


print(type(C.__dict__["x"]).__name__)
print(C().x)
print(C.__dict__["x"].__doc__)
print(isinstance(C.__dict__["x"], property))
