def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\r\r"
t(lambda: lines.splitlines()); t(lambda: lines.splitlines(True)); t(lambda: lines.splitlines(keepends=True)); t(lambda: lines.splitlines(keepends=0))
for w in ["", "\n", "\n\n", "a", "a\n", "\r\n", "\n\r", "a\r\nb\r", "x\x1fy", "\t\v"]:
    t(lambda: (w.splitlines(), w.splitlines(True)))
t(lambda: "a\nb".splitlines(2)); t(lambda: "a\nb".splitlines("x")); t(lambda: "a\nb".splitlines(True, 1)); t(lambda: "a\nb".splitlines(ends=True))
