# __subclasscheck__ on the metaclass customises issubclass.
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", getattr(sub, "__name__", repr(sub)))
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    quack = True


print(issubclass(Mallard, Duck), issubclass(int, Duck))
print(issubclass(Mallard, (int, Duck)))
print(issubclass(5, Duck))
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
