# __class_getitem__ is an implicit classmethod used for C[...]; instances don't use it.
class C:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class D(C):
    pass


print(C[int], D["x"], C[1, 2])
print(type(C.__dict__["__class_getitem__"]).__name__)
try:
    C()[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    object[int]
except TypeError as e:
    print(type(e).__name__ + ":", e)
