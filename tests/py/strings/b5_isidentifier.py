def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["abc", "class", "_", "__x__", "1a", "a1", "\u2118x", "x\xb7", "\xb7x", "\u2179", "a-b", "", " a", "a ", "\u0661", "a\u0661", "\U0001d4d0", "\u309b", "\u212e", "\u1885", "\u0300a", "a\u0300", "\u00ba", "\u2160", "\u3005", "\u30fc", "\u00b2"]:
    print(repr(w), w.isidentifier())
t(lambda: "x".isidentifier(1))
