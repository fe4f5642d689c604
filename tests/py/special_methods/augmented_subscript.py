# x[k] += v calls __getitem__, then __iadd__/__add__ on the value, then __setitem__.
class Box:
    def __init__(self):
        self.d = {"k": 1}

    def __getitem__(self, k):
        print("get", k)
        return self.d[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v


b = Box()
b["k"] += 10
print(b.d)


class Obj:
    def __getattr__(self, name):
        print("getattr", name)
        return 1

    def __setattr__(self, name, value):
        print("setattr", name, value)


o = Obj()
o.count += 5
