# Accessing a property on the class returns the property itself; __get__(None, C) too.
class C:
    @property
    def x(self):
        return "value"


print(type(C.x).__name__)
print(C.__dict__["x"].__get__(None, C) is C.__dict__["x"])
print(C.__dict__["x"].__get__(C(), C))
print(C.x.__get__(C()))
C.x = 5
print(C().x)
