def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world hello"
for args in [("l", "L"), ("l", "L", 1), ("l", "L", 0), ("l", "L", -1), ("", "-"), ("", "-", 2), ("", "-", 0), ("xyz", "q"), ("hello", ""), ("hello", "HELLO", 1), ("o", "\u20ac"), ("l", "ll"), (s, "x")]:
    t(lambda: s.replace(*args))
t(lambda: s.replace("a")); t(lambda: s.replace("a", 1)); t(lambda: s.replace(1, "a")); t(lambda: "".replace("", "x")); t(lambda: "".replace("", "")); t(lambda: "".replace("a", "b"))
t(lambda: s.replace("l", "L", count=1)); t(lambda: s.replace("l", "L", 1.5)); t(lambda: "aaa".replace("a", "b", 2)); t(lambda: "\u20ac\u20ac".replace("\u20ac", "e"))
t(lambda: "abc".replace("", "\U0001F600")); t(lambda: "aaaa".replace("aa", "a"))
