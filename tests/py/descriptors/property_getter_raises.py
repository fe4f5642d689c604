# An AttributeError raised inside a property getter falls back to __getattr__; others propagate.
class C:
    @property
    def a(self):
        raise AttributeError("inner a")

    @property
    def b(self):
        raise ValueError("inner b")

    def __getattr__(self, name):
        return "fallback " + name


c = C()
print(c.a)
try:
    c.b
except ValueError as e:
    print(type(e).__name__ + ":", e)


class D:
    @property
    def a(self):
        raise AttributeError("inner a")


try:
    D().a
except AttributeError as e:
    print(type(e).__name__ + ":", e)
