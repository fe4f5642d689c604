# classmethod wrapping staticmethod / property-like chains (3.11 classmethod calls __get__ of wrapped).
class C:
    @classmethod
    @property
    def cname(cls):
        return "name:" + cls.__name__


class D(C):
    pass


print(C.cname)
print(D.cname)
print(C().cname)


def plain(*args):
    return args


cm = classmethod(plain)
print(cm.__get__(None, int)("x"))
print(cm.__get__(5)("y"))
print(cm.__func__ is plain)
