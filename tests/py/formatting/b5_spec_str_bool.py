def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in ["", "a", "hello", "h\xe9llo", "\U0001F600", True, False]:
    out = []
    for sp in ["", "s", "5", "<5", ">5", "^5", "*^6", ".2", ".0", "5.2", "^5.1s", "\U0001F600>4", "d", "x", "b", ".2f", "+", "#", "10"]:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
class S(str): pass
class B:
    def __format__(self, spec): return "B<" + spec + ">"
class BadF:
    def __format__(self, spec): return 5
t(lambda: format(S("x"), ">3")); t(lambda: type(format(S("x")))); t(lambda: format(B(), "xyz")); t(lambda: f"{B():abc}"); t(lambda: "{:q}".format(B())); t(lambda: format(BadF(), "")); t(lambda: f"{BadF()}")
t(lambda: str.__format__("a", 1)); t(lambda: int.__format__(5, ">3")); t(lambda: float.__format__(5.0, "")); t(lambda: object.__format__(1, "")); t(lambda: bool.__format__(True, "")); t(lambda: complex.__format__(1j, ""))
