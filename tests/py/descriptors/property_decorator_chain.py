# @prop.setter / @prop.deleter return new property objects; the original is unchanged.
class C:
    @property
    def v(self):
        "docstring of v"
        return self._v

    p1 = v

    @v.setter
    def v(self, value):
        self._v = value * 2

    p2 = v

    @v.deleter
    def v(self):
        self._v = None


print(C.p1 is C.p2, C.p2 is C.v)
print(C.p1.fset, C.p2.fset is not None, C.p2.fdel)
c = C()
c.v = 10
print(c.v)
del c.v
print(c.v)
print(C.v.__doc__)
try:
    C.p1.__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
