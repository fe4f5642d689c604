def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    def __str__(self): return "custom"
t(lambda: str(S("x"))); t(lambda: type(str(S("x")))); t(lambda: S("ab") + "c"); t(lambda: type(S("ab") + "c")); t(lambda: type(S("ab")[0])); t(lambda: type(S("ab").upper())); t(lambda: type(S("ab").strip())); t(lambda: "%s" % S("q")); t(lambda: f"{S('q')}"); t(lambda: format(S("q"))); t(lambda: type(S("a") * 1))
class S2(str): pass
t(lambda: type(S2("a").replace("x", "y"))); t(lambda: type(S2("a")[:])); t(lambda: repr(S2("a"))); t(lambda: S2("a") == "a"); t(lambda: {S2("a"): 1}["a"]); t(lambda: type(str(S2("a")))); t(lambda: type(S2("a").lower()))
t(lambda: type(S2("ab").split("a")[1])); t(lambda: type(S2("a").center(1))); t(lambda: type(S2("a").zfill(1))); t(lambda: type(S2("a").expandtabs())); t(lambda: type(S2("a").join([]))); t(lambda: type(S2("a").translate({})))
class S3(str):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
o = S3("val", 5)
t(lambda: (o, o.extra, len(o), o.upper()))
