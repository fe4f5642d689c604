def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "a,b,,c"
for args in [(), (",",), (",", 1), (",", 0), (",", -1), (",", 2), (",", 10), (None, 1), (",,",), ("x",)]:
    t(lambda: s.split(*args))
    t(lambda: s.rsplit(*args))
for w in ["", ",", ",,", "a,", ",a", "aaa"]:
    t(lambda: (w.split(","), w.rsplit(","), w.split(",", 1), w.rsplit(",", 1)))
t(lambda: "aaa".split("aa")); t(lambda: "aaa".rsplit("aa")); t(lambda: "abcabc".rsplit("bc")); t(lambda: "abcabc".split("bc", 1))
t(lambda: "a".split("")); t(lambda: "a".rsplit("")); t(lambda: "a".split(sep="", maxsplit=1))
t(lambda: "a".split(1)); t(lambda: "a b".split(None, "x")); t(lambda: "a b".split(None, 1.0)); t(lambda: "a,b".split(",", maxsplit=-5))
t(lambda: "a,b".split(sep=",")); t(lambda: "a,b".split(x=",")); t(lambda: "a,b".split(",", 1, 2))
t(lambda: "x\u20acy\u20acz".split("\u20ac")); t(lambda: "\U0001F600a\U0001F600".split("a")); t(lambda: "ab\U0001F600cd".rsplit("\U0001F600", 1))
