# A descriptor with only __delete__ is still a data descriptor: it wins over the instance dict on get.
class D:
    def __get__(self, obj, owner):
        return "get"

    def __delete__(self, obj):
        print("__delete__ called")


class C:
    x = D()


c = C()
c.__dict__["x"] = "inst"
print(c.x)
del c.x
try:
    c.x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
