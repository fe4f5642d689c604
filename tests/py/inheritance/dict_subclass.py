# dict subclass: overridden __setitem__ is ignored by update()/constructor; __getitem__ ignored by get().
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v * 10)

    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)


d = D(a=1)
d["b"] = 2
d.update(c=3)
print(d, d.get("b"), d["a"])
print(type(d.copy()).__name__, type(d | {}).__name__, repr(d))
