# Default class attributes: __doc__, __module__, __dict__ is a mappingproxy, __weakref__ descriptors.
class C:
    """Docstring."""


class D:
    pass


print(C.__doc__, D.__doc__, C.__module__)
print(type(C.__dict__).__name__, "__dict__" in C.__dict__, "__weakref__" in C.__dict__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(k for k in C.__dict__))
