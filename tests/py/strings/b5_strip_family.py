def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for c in [None, "", "ab", " x", "xa", "\u20ac"]:
    for w in ["xxab  abxx", "  abxx ", " xxab", "", "ab", "\u20acab\u20ac", "\t\n a \x0b\x0c\x1c\x85\u3000"]:
        t(lambda: (w.strip(c), w.lstrip(c), w.rstrip(c)))
t(lambda: "a".strip(1)); t(lambda: "a".lstrip(b"a")); t(lambda: "a".rstrip("a", "b")); t(lambda: "a".strip(chars="a"))
t(lambda: "aaa".strip("a")); t(lambda: "\xa0x\xa0".strip()); t(lambda: "\u200bx\u200b".strip())
