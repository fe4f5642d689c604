def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["abc", "", "aaa", "\u20acx\u20ac"]:
    for a in ["", "a", "ab", "abc", "abcd", "c", "\u20ac", "aa"]:
        t(lambda: (w.removeprefix(a), w.removesuffix(a)))
t(lambda: "abc".removeprefix(1)); t(lambda: "abc".removesuffix()); t(lambda: "abc".removeprefix(("a",))); t(lambda: "abc".removeprefix(prefix="a"))
class S(str): pass
t(lambda: type(S("abc").removeprefix("x"))); t(lambda: type(S("abc").removeprefix("a")))
