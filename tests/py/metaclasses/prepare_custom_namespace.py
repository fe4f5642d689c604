# __prepare__ returns the namespace used to execute the class body; it receives class keywords.
class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("store", k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return LoggingDict()

    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class C(metaclass=Meta, flag=True):
    a = 1
    b = 2
    def m(self): pass
print(type(C.__dict__).__name__, C.a)
