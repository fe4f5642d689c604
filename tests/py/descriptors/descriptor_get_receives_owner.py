# __get__ receives the type the lookup started from, not the class that defines the descriptor.
class D:
    def __get__(self, obj, owner):
        return owner.__name__


class A:
    d = D()


class B(A):
    pass


print(A().d, B().d, A.d, B.d)
print(type.__getattribute__(B, "d"))
print(object.__getattribute__(B(), "d"))
