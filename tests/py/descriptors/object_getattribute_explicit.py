# object.__getattribute__ called explicitly bypasses a class's __getattr__ and reports AttributeError.
class C:
    z = 3

    def __getattr__(self, name):
        return "fallback"


c = C()
print(c.nope)
print(object.__getattribute__(c, "z"))
try:
    object.__getattribute__(c, "nope")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    object.__getattribute__(c, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
