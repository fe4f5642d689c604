# __getattr__ accessing self attributes normally; __setattr__ via __dict__ to avoid recursion.
class Proxy:
    def __init__(self, target):
        self.__dict__["_target"] = target

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class T:
    pass


t = T()
p = Proxy(t)
p.x = 10
print(t.x, p.x)
print(sorted(p.__dict__))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__ + ":", e)
