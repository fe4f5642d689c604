def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in ["  a  b  ", "", "   ", "a", " a", "a ", "a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x1fi\x85j\u2028k\u3000l\xa0m\u2007n\u200bo",
          "\u1680x\u2000y\u200az\u202fw\u205fv", "one  two   three"]:
    t(lambda: x.split())
    t(lambda: x.rsplit())
    for n in [0, 1, 2, -1]:
        t(lambda: (x.split(None, n), x.rsplit(None, n), x.split(maxsplit=n), x.rsplit(maxsplit=n)))
