# __getattr__ is called when a class-level non-data descriptor raises AttributeError in __get__.
class ND:
    def __get__(self, obj, owner):
        raise AttributeError("from descriptor")


class C:
    x = ND()

    def __getattr__(self, name):
        return "getattr " + name


print(C().x)
try:
    C.x
except AttributeError as e:
    print(type(e).__name__ + ":", e)
