# __set_name__ is not called for attributes set after class creation; errors in it propagate (3.11 no wrapping).
class F:
    def __set_name__(self, owner, name):
        print("called", name)


class C:
    pass


C.late = F()
print("no call for late")


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)


try:
    class D:
        attr = Bad()
except Exception as e:
    print(type(e).__name__ + ":", e)
    print(type(e.__cause__).__name__ if e.__cause__ else None)
