# property with getter, setter and deleter: each accessor runs and sees the instance.
class C:
    def __init__(self):
        self._x = 1

    def getx(self):
        print("get")
        return self._x

    def setx(self, v):
        print("set", v)
        self._x = v

    def delx(self):
        print("del")
        del self._x

    x = property(getx, setx, delx, "the x")


c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
print(hasattr(c, "_x"))
print(C.x.__doc__)
print(C.x.fget is C.getx, C.x.fset is C.setx, C.x.fdel is C.delx)
