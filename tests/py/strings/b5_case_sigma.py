def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for w in ["\u03a3", "\u03a3\u03a3", "a\u03a3", "\u03a3a", "A \u03a3", "A\u03a3 b", "A\u03a3\u0301", "A\u0301\u03a3", "\u0391\u03a3'", "\u0391\u03a3.",
          "\u0391\u03a3 \u03a3 \u0391\u03a3.", "\u03c3\u03c2", "a\u03a3b", "\u0391\u03a3\u0391\u03a3", "\u0391\u00ad\u03a3", "1\u03a3", "\u0391\u03a31"]:
    print(repr(w), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
