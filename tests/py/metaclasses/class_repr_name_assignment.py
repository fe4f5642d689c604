# __name__/__qualname__ assignable on classes; validated types.
class C:
    pass


C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C).endswith("C'>"))
C.__qualname__ = "Q.R"
print(repr(C))
for attr, val in (("__name__", 5), ("__qualname__", None)):
    try:
        setattr(C, attr, val)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__ + ":", e)
