def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


cases = [(1, "s"), ("a", "d"), (1.5, "d"), (1.5, "c"), (1.5, "x"), ("a", ","), ("a", "_"), ("a", "+"), ("a", " "), ("a", "#"), ("a", "="), ("a", "0="), (1, ".2"),
         (1, "c,"), (1, "+c"), (1, "#c"), (1, ",c"), (1, ".3c"), (65, "c"), (0x110000, "c"), (-1, "c"), (1, "1.1.1"), (1, "<<<"), (1, ".-1"), (1, ".x"), (1, "10.0q"),
         (1, "z"), (1.5, "zd"), ("a", "z"), (1j, "z"), (1j, "="), (1j, "0"), (1j, "d"), (1j, "%"), (1j, "c"), (None, "x"), ([], "5"), (object, ">5"), (1, ",b"), (1, "_n"), (1.0, "_n"), (1, "99999999999999999999"), (1.0, ".99999999999999999999"), ("a", "5.3s"), ("abc", ".1"), ("a", "=5"), (True, "s"), (1, "\u20ac"), (1.5, "b"), (1, "r")]
for v, sp in cases:
    try:
        print(repr(v), repr(sp), repr(format(v, sp)))
    except Exception as e:
        print(repr(v), repr(sp), type(e).__name__, e)
t(lambda: format(1, 2)); t(lambda: format()); t(lambda: format(1, "", 3)); t(lambda: format(object(), "")[:15]); t(lambda: format(object(), "x"))
