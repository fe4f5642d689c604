def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


g = {"a": 5}; l = {"b": 6}
t(lambda: eval("a + 1", g)); t(lambda: eval("a + b", g, l)); t(lambda: eval("x", {}, {"x": 9})); t(lambda: eval("1 +")); t(lambda: eval(1)); t(lambda: eval(b"2*3")); t(lambda: eval(bytearray(b"7")))
t(lambda: eval(" 1")); t(lambda: eval("\t1\n")); t(lambda: eval("a = 1")); t(lambda: eval("1\x00")); t(lambda: eval("(1,\n2)")); t(lambda: eval("[x for x in range(3)]")); t(lambda: eval("len", {}))
for args in [("1", []), ("1", [], {}), ("1", {}, 5), ("1", None, 5), ("1", None, {}), ("1", None, None)]:
    t(lambda: eval(*args))
t(lambda: "__builtins__" in g); t(lambda: eval("__name__", {})); t(lambda: eval("__name__", {"__name__": "mine"}))
class M:
    def __getitem__(self, k):
        if k == "q": return 42
        raise KeyError(k)
t(lambda: eval("q", {}, M())); t(lambda: eval("len", {}, M())); t(lambda: eval("zz", {}, M()))
t(lambda: eval(compile("1+1", "<s>", "eval"))); t(lambda: eval(compile("x = 3", "<s>", "exec"), {})); t(lambda: eval("lambda: 5")()); t(lambda: eval("1", globals=None) if False else eval("2", None))
