# __missing__ on a dict subclass is called by d[k] only, not by get() or `in`.
class D(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2


d = D(a=1)
print(d["a"], d["bb"])
print(d.get("zz"), "zz" in d)
print(d)


class NoMissing(dict):
    pass


try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__ + ":", e)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError("custom " + key)


try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__ + ":", e)
