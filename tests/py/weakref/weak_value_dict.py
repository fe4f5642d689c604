# WeakValueDictionary: a mapping whose entries go away with their values.
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"C({self.n})"


d = weakref.WeakValueDictionary()
a, b = C(1), C(2)
d["a"] = a
d["b"] = b
print(sorted(d.keys()), d["a"], d.get("z", "none"), "a" in d, len(d))
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.n for v in d.values()))
print(d.pop("b"), d.setdefault("a", None), d.setdefault("c", b), sorted(d))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
d2 = d.copy()
print(sorted(d2), type(d.valuerefs()[0]).__name__)


def add_temporary():
    d["tmp"] = C(3)


def churn():
    s = 0
    for i in range(2000):
        s += len(str(i) + "x")
    return s


add_temporary()
for _ in range(3):
    churn()
    gc.collect()
print(sorted(d), "tmp" in d, len(d))
