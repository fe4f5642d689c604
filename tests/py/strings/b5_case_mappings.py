def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["\xdf", "\ufb01", "\u0149", "\u0130", "\u0131", "\ufb03x", "\u0390", "\u01c5 \u01c6 \u01c4", "\u10d0", "\u1c90", "\u1c90\u1c91",
          "hello WORLD", "\uff21\uff22", "\u1fb3", "\u1fbc", "\u0587", "\u1e9e", "\u017f", "\ufb05", "\u1c80", "\u13a0", "\uab70", "\u24b6\u24d1", "\u2167\u2177", "\u01f0", "\u1f80", "a\u0301", "\u0345"]:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
