# property __doc__: explicit doc wins, else the getter's docstring, else None.
def getter(self):
    "getter doc"
    return 1


class C:
    a = property(getter)
    b = property(getter, doc="explicit")
    c = property(lambda self: 2)


print(C.a.__doc__)
print(C.b.__doc__)
print(C.c.__doc__)
print(property().__doc__)
p = property(getter)
p.__doc__ = "changed"
print(p.__doc__)
