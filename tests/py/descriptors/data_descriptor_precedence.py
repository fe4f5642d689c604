# A data descriptor (has __set__) wins over the instance __dict__.
class D:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        print("__set__", value)


class C:
    x = D()


c = C()
c.__dict__["x"] = "instance"
print(c.x)
c.x = 7
print(c.__dict__)
