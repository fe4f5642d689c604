# dir() calls __dir__ and sorts the result; __dir__ must return an iterable.
class C:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


class Bad:
    def __dir__(self):
        return 5


print(dir(C()))
try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Plain:
    def __init__(self):
        self.inst = 1

    def meth(self):
        pass


print([n for n in dir(Plain()) if not n.startswith("__")])
