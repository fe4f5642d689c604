def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["\xb2", "\xbd", "\u0663", "1", "\u216b", "a", "", "\u2460", "\U0001d7d9", "\u1369", "\u3007", "\u4e00", "\u0663\u0664", "1.5", "\u2074", "\u5146", "\u0f33", "\U0001d7d8", "\U00010107", "-1", " 1", "\u0e51", "\uff11"]:
    print(repr(w), w.isdecimal(), w.isdigit(), w.isnumeric(), w.isalnum())
t(lambda: int("\u0663\u0664")); t(lambda: float("\u0663.\u0664")); t(lambda: int("\xb2")); t(lambda: int("\U0001d7d8\U0001d7d9")); t(lambda: complex("\u0661+\u0662j")); t(lambda: int("\uff11\uff12")); t(lambda: float("\u0e51\u0e52"))
t(lambda: int("\u2460")); t(lambda: float("\xbd"))
