def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["a", "", " ", "\t", "\x00", "\x7f", "\xa0", "\u200b", "\xe9", "_a", "a1", "AB", "Ab Cd", "aB", "\ufb01", "\u2028", "\ud800", "\U0001F600",
          "\u1680", "\u180e", "\x1c\x1d\x1e\x1f", "\u00aa", "\u02b0", "\u2167", "\u2177", "\u3000", "\u0085", "\u00ad", "\ufeff", "abc\u0301"]:
    print(repr(w), [int(getattr(w, m)()) for m in ["isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isprintable", "isascii"]])
