# __getattr__ is called only when normal lookup fails.
class C:
    a = 1

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")


c = C()
print(c.a)
print(c.dyn_hello)
print(getattr(c, "dyn_x"))
print(hasattr(c, "other"), getattr(c, "other", "default"))
try:
    c.other
except AttributeError as e:
    print(type(e).__name__ + ":", e)
