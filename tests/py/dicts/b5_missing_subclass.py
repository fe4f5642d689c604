def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class D(dict):
    def __missing__(self, k): return "missing:" + repr(k)
d = D(a=1)
t(lambda: d["a"]); t(lambda: d["b"]); t(lambda: d.get("b")); t(lambda: "b" in d); t(lambda: d)
class D2(dict):
    def __missing__(self, k): raise KeyError("custom " + str(k))
t(lambda: D2()["x"])
class D3(dict):
    def __getitem__(self, k): return 42
d3 = D3(a=1)
t(lambda: d3["zz"]); t(lambda: d3.get("zz")); t(lambda: dict(d3)); t(lambda: "{a}".format_map(d3)); t(lambda: list(d3.items()))
class D4(dict):
    def keys(self): return ["x"]
    def __getitem__(self, k): return "fromgetitem"
t(lambda: dict(D4(a=1))); t(lambda: {}.update(D4(a=1)))
t(lambda: {**D4(a=1)})
