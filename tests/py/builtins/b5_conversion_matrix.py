def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = ["1", "1.5", "'a'", "'12'", "b'a'", "[1]", "(1,)", "{1: 2}", "{1}", "None", "1j", "range(2)", "frozenset()", "bytearray(b'x')", "True", "''", "[]"]
for a in vals:
    for fn in [len, iter, abs, int, float, complex, str, bytes, list, tuple, set, dict, sorted, reversed, bool, round, hex, ord, chr, callable, repr]:
        try:
            r = fn(eval(a))
            if hasattr(r, "__next__"):
                r = list(r)
            if isinstance(r, (set, frozenset)):
                r = sorted(r, key=repr)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(fn.__name__, a, "->", repr(r))
