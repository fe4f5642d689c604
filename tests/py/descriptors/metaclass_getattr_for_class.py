# __getattr__ on a metaclass provides fallback attributes for the class, not its instances.
class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (meta fallback)"


class C(metaclass=Meta):
    real = 1


print(C.real, C.anything)
try:
    C().anything
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(getattr(C, "x", "default"), hasattr(C, "y"))
