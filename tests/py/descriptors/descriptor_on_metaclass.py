# Data descriptors on the metaclass take precedence over the class's own dict on class attribute lookup.
class Desc:
    def __get__(self, obj, owner):
        return "meta-desc for " + obj.__name__

    def __set__(self, obj, value):
        print("set via meta", value)


class Meta(type):
    attr = Desc()


class C(metaclass=Meta):
    attr = "class value"


print(C.attr)
C.attr = 1
print(C.__dict__["attr"])
print(C().attr)
