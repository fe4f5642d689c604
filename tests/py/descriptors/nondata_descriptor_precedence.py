# A non-data descriptor (only __get__) is shadowed by the instance __dict__.
class ND:
    def __get__(self, obj, owner):
        return "descriptor"


class C:
    x = ND()


c = C()
print(c.x)
c.x = "instance"
print(c.x)
del c.x
print(c.x)
print(C.x)
