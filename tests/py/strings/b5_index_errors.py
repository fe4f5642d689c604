def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world"
t(lambda: s.index("zz")); t(lambda: s.rindex("zz")); t(lambda: s.index("o", 5)); t(lambda: s.rindex("o", 0, 5)); t(lambda: s.index("o", 5, 7))
t(lambda: s.index("")); t(lambda: s.rindex("")); t(lambda: s.index("", 11)); t(lambda: s.index("", 12)); t(lambda: s.rindex("l", -3)); t(lambda: s.index("h", -100))
t(lambda: s.index()); t(lambda: s.index(1)); t(lambda: s.rindex("a", "b")); t(lambda: s.index("o", None, None))
