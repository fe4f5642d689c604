def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


ops = ["+", "-", "*", "/", "//", "%", "**", "<<", "&", "|", "<", ">=", "@"]
vals = ["1", "1.5", "'a'", "b'a'", "[1]", "(1,)", "{1: 2}", "{1}", "None", "1j", "range(2)", "bytearray(b'x')", "True"]
for op in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                r = repr(eval(f"{a} {op} {b}"))
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            row.append(r)
        print(a, op, row)
for op in ["-", "+", "~", "not "]:
    for a in vals:
        try:
            r = eval(f"{op}{a}")
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(op, a, "->", repr(r))
