# If __getattribute__ raises AttributeError, __getattr__ is called; other errors propagate.
class C:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)

    def __getattr__(self, name):
        return "getattr:" + name


c = C()
print(c.anything)
try:
    c.boom
except KeyError as e:
    print(type(e).__name__ + ":", e)
