def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


g = {"a": 5}; l = {}
t(lambda: exec("x = 1; y = x + 1", g)); t(lambda: (g["x"], g["y"])); t(lambda: "__builtins__" in g); t(lambda: exec("z = 3", g, l)); t(lambda: l["z"]); t(lambda: "z" in g)
t(lambda: exec("return 1")); t(lambda: exec(compile("q = 7", "<s>", "exec"), g)); t(lambda: g["q"]); t(lambda: exec("def fn(): return zz\nzz = 4\nr = fn()", g)); t(lambda: g["r"])
for args in [("1", []), ("1", [], {}), ("1", {}, 5), ("1", None, 5)]:
    t(lambda: exec(*args))
t(lambda: exec(1)); t(lambda: exec()); t(lambda: exec("1", {}, {}, {})); t(lambda: exec("raise ValueError('in exec')")); t(lambda: exec("import sys as s2", g)); t(lambda: type(g["s2"]).__name__)
t(lambda: exec(b"bb = 1", g)); t(lambda: g["bb"]); t(lambda: exec("print('printed from exec')")); t(lambda: exec("x = ", {}))
ns = {}
exec("class K:\n    v = 1\n    def m(self): return self.v + 1\nres = K().m()", ns)
t(lambda: ns["res"]); t(lambda: ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
ns2 = {"__name__": "custom_mod"}
exec("class K2: pass", ns2); t(lambda: ns2["K2"].__module__)
