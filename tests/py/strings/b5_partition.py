def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world hello"
for sep in [" ", "hello", "zz", "o", "d h", s, s + "x"]:
    t(lambda: s.partition(sep)); t(lambda: s.rpartition(sep))
t(lambda: s.partition("")); t(lambda: s.rpartition("")); t(lambda: s.partition(1)); t(lambda: s.partition()); t(lambda: "".partition("a")); t(lambda: "".rpartition("a"))
t(lambda: "a\u20acb\u20acc".partition("\u20ac")); t(lambda: "a\u20acb\u20acc".rpartition("\u20ac"))
class S(str): pass
t(lambda: [type(x).__name__ for x in S("a-b").partition("-")]); t(lambda: [type(x).__name__ for x in S("ab").partition("-")])
