# __delattr__ intercepts deletion; object.__delattr__ errors on a missing attribute.
class C:
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


c = C()
c.a = 1
del c.a
print(hasattr(c, "a"))
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    delattr(c, "zz")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
