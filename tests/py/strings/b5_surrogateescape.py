def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["a\u20ac\u20acb", "a\udc80\u20acb", "a\u20ac\udc80b", "\udc80\udc81", "a\ud800\ud801b", "\udcff", "x\udc7fy"]:
    for enc in ["ascii", "latin-1", "utf-8", "cp1252", "utf-16-le", "utf-32", "iso8859-15"]:
        t(lambda: s.encode(enc, "surrogateescape"))
for b in [b"\xff\xfe", b"a\x80b", b"\xc3\x28", b"\xe2\x82"]:
    for enc in ["ascii", "utf-8", "cp1252", "cp437", "latin-1"]:
        t(lambda: b.decode(enc, "surrogateescape"))
        t(lambda: b.decode(enc, "surrogateescape").encode(enc, "surrogateescape") == b)
