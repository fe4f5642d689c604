def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
t(lambda: d.get("a")); t(lambda: d.get("z")); t(lambda: d.get("z", 0)); t(lambda: d.get()); t(lambda: d.get([])); t(lambda: d.get("a", 1, 2)); t(lambda: d.get(key="a"))
t(lambda: d.setdefault("z")); t(lambda: d.setdefault("y", 5)); t(lambda: d.setdefault("a", 9)); t(lambda: d.setdefault([])); t(lambda: d)
t(lambda: d.pop("z")); t(lambda: d.pop("nope")); t(lambda: d.pop("nope", None)); t(lambda: d.pop()); t(lambda: d.pop([])); t(lambda: d.popitem()); t(lambda: {}.popitem()); t(lambda: d)
t(lambda: d.update({"x": 1}, y=2)); t(lambda: d.update([("q", 1)])); t(lambda: d.update([("q",)])); t(lambda: d.update([1])); t(lambda: d.update(1)); t(lambda: d.update({}, {})); t(lambda: d.update(["ab"])); t(lambda: d.update(["abc"])); t(lambda: d)
class KM:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, x): return x * 2
t(lambda: d.update(KM())); t(lambda: dict(KM())); t(lambda: d.copy()); t(lambda: d.clear()); t(lambda: d); t(lambda: {1: 2}.__len__()); t(lambda: {1: 2}.__contains__(1)); t(lambda: {1: 2}.__getitem__(1))
