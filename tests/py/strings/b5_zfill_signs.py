def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["", "a", "abc", "-5", "+5", "5-", "-", "+", "--5", "-+5", "\u20ac", "-\u20ac", " 5"]:
    t(lambda: [w.zfill(n) for n in [-1, 0, 1, 2, 3, 5]])
t(lambda: "1".zfill(1.5)); t(lambda: "1".zfill()); t(lambda: "1".zfill("3")); t(lambda: "1".zfill(width=3))
