def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["one two", "ONE_TWO3four", "they're bill's", "\u01c9\u01c8\u01c7", "\u01c9ub", "a1b2", "123abc DEF", "", " ", "hello\tworld\nnew",
          "\ufb01x \ufb01", "\u0149", "\u01c6emal", "\u0391\u03a3", "abc DEF", "\xdf", "\ufb01re", "\u1f80x", "\u01f0a"]:
    print(repr(w), repr(w.title()), repr(w.capitalize()), w.istitle(), w.title().istitle())
for w in ["\u01c5", "A\u01c5", "\u01c5a", "a \u01c5", "Ab Cd", "aB", "AB", "A", "1A", "A1", "\u1f88", "\u2160\u2170"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
