# __get__ is called with instance None when accessed through the class.
class D:
    def __get__(self, obj, owner=None):
        return (obj is None, owner.__name__ if owner else None)


class C:
    d = D()


class E(C):
    pass


print(C.d)
print(E.d)
print(C().d)
print(E().d)
print(C.__dict__["d"].__get__(None, C))
