# type(name, bases, dict, **kw) triggers __init_subclass__ and __set_name__ with the keywords.
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)


class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


X = type("X", (Base,), {"d": D()}, tag="t1")
print(X.tag)
Y = type("Y", (Base,), {})
print(Y.tag)
