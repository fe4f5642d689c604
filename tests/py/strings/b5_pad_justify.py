def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["", "a", "abc", "\xdf", "\u20ac\u20ac"]:
    for n in [-1, 0, 1, 2, 5, 6, 7]:
        t(lambda: (w.center(n), w.ljust(n), w.rjust(n), w.center(n, "*"), w.ljust(n, "\xdf"), w.rjust(n, "\U0001F600")))
t(lambda: "a".center(5, "ab")); t(lambda: "a".center(5, 1)); t(lambda: "a".center("5")); t(lambda: "a".ljust(5, "")); t(lambda: "a".rjust()); t(lambda: "a".center(5.0)); t(lambda: "a".ljust(2**62 * 4))
t(lambda: "ab".center(5)); t(lambda: "ab".center(6)); t(lambda: "abc".center(6)); t(lambda: "abc".center(5)); t(lambda: "a".center(4, "\xe9")); t(lambda: "a".center(width=3))
