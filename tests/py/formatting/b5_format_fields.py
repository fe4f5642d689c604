def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    x = 5
    items = {"a": [10, 20]}
    def __getitem__(self, k): return "item:" + repr(k)
t(lambda: "{0.real}".format(3)); t(lambda: "{0[1]}".format([5, 6])); t(lambda: "{0[a]}".format({"a": 1})); t(lambda: "{0.nope}".format(1)); t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[-1]}".format([1, 2])); t(lambda: "{0[-1]}".format({"-1": "s"})); t(lambda: "{0[0]:>5}".format(["ab"])); t(lambda: "{0.__class__.__name__}".format(1)); t(lambda: "{0[1][0]}".format([0, [7]]))
t(lambda: "{0.x}".format(P())); t(lambda: "{0.items[a][1]}".format(P())); t(lambda: "{0[abc]}".format(P())); t(lambda: "{0[12]}".format(P())); t(lambda: "{0[ 1]}".format(P())); t(lambda: "{0[1.5]}".format(P()))
t(lambda: "{0[}".format(1)); t(lambda: "{0]}".format(1)); t(lambda: "{0.}".format(1)); t(lambda: "{0..x}".format(1)); t(lambda: "{0[]}".format(P())); t(lambda: "{0[a]b}".format(P())); t(lambda: "{0[a].x}".format({"a": P()}))
t(lambda: "{.real}".format(5)); t(lambda: "{[0]}".format("xy")); t(lambda: "{0x}".format(1)); t(lambda: "{a.b}".format(a=P())); t(lambda: "{x[0]}".format(x="q")); t(lambda: "{0.x!r:>4}".format(P()))
t(lambda: "{0[0]}".format(1)); t(lambda: "{0.real.imag}".format(3)); t(lambda: "{!r:{}}".format("a", 5))
