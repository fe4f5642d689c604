def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "{a[b]}".format_map({"a": {"b": 3}})); t(lambda: "{x}".format_map({})); t(lambda: "{}".format_map({})); t(lambda: "{0}".format_map({0: 1})); t(lambda: "{0}".format_map({"0": 1}))
class D(dict):
    def __missing__(self, k): return k.upper()
t(lambda: "{x} {y}".format_map(D(y=1))); t(lambda: "{x}".format_map(1)); t(lambda: "{x}".format_map()); t(lambda: "a".format_map({}, {}))
class M:
    def __getitem__(self, k): return len(k)
t(lambda: "{abc} {de!r:>3}".format_map(M())); t(lambda: "plain".format_map(None)); t(lambda: "{x.real}".format_map({"x": 5})); t(lambda: "{x:{y}}".format_map({"x": 5, "y": ">4"}))
