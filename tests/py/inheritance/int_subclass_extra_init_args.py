# A builtin subclass with extra __init__ args still passes them to the builtin __new__.
class Tagged(int):
    def __init__(self, value, tag):
        self.tag = tag


try:
    Tagged(5, "x")
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)


class Tagged2(int):
    def __new__(cls, value, tag):
        return super().__new__(cls, value)

    def __init__(self, value, tag):
        self.tag = tag


t = Tagged2(5, "x")
print(t, t.tag)
try:
    Tagged2(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
