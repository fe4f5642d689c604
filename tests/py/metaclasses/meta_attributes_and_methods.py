# Metaclass methods are available on classes but not on instances.
class Meta(type):
    def describe(cls):
        return "class " + cls.__name__

    meta_attr = "from meta"


class C(metaclass=Meta):
    pass


print(C.describe(), C.meta_attr)
try:
    C().describe()
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(hasattr(C(), "meta_attr"))
print("describe" in dir(C))
