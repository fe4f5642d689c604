def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: format(5)); t(lambda: format(5, "")); t(lambda: format("a", "5")); t(lambda: format()); t(lambda: format(1, spec="x") if False else format(1, "x")); t(lambda: format(1, format_spec="x"))
t(lambda: format(1.0, "")); t(lambda: format(1e100, "")); t(lambda: format(1.0, "<")); t(lambda: format(1e16, "")); t(lambda: format(1e16, ".3")); t(lambda: format(0.1, ".17")); t(lambda: format(123.0, ".2")); t(lambda: format(1.0, ".0"))
t(lambda: format(10**100, ",")); t(lambda: format(10**30, "e")); t(lambda: format(10**30, ".3f")); t(lambda: format(-7, "%")); t(lambda: format(True, "d")); t(lambda: format(True, "")); t(lambda: format(True, "5")); t(lambda: format(True, "f"))
t(lambda: format(2**64, ",x")); t(lambda: format(None, "")); t(lambda: format(None, ">5")); t(lambda: format([], "")); t(lambda: format((1, 2), "")); t(lambda: format(1.5, "n")); t(lambda: format(1234567, "n")); t(lambda: format(1.5, ",n"))
class Sub(int): pass
class SubF(float):
    def __format__(self, spec): return "SubF:" + spec
t(lambda: format(Sub(5), "x")); t(lambda: format(SubF(1), ".1f")); t(lambda: f"{SubF(2):q}"); t(lambda: "%f" % SubF(3)); t(lambda: "{:q}".format(SubF(4)))
