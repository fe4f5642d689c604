# __setattr__ intercepts assignment; object.__setattr__ stores normally.
class C:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "ro":
            raise AttributeError(f"{name} is read-only")
        object.__setattr__(self, name, value * 2)


c = C()
c.a = 5
print(c.a, c.__dict__)
setattr(c, "b", 1)
print(c.b)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
