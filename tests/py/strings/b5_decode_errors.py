def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for b in [b"abc", b"\xff", b"h\xc3\xa9", b"\xc3", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xe2\x82", b"\x80abc", b"a\x00", b"\xc0\xaf", b"\xf5", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"\xf0\x9f\x98x", b"\xe2\x82\xe2"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            t(lambda: b.decode(enc, err))
t(lambda: str(b"abc", "ascii")); t(lambda: str(b"\xff", "ascii", "replace")); t(lambda: str(b"a")); t(lambda: str("a", "ascii")); t(lambda: str(bytearray(b"xy"), "utf-8")); t(lambda: str(errors="strict")); t(lambda: str(b"x", errors="strict"))
t(lambda: b"abc".decode("ascii", "bogus")); t(lambda: b"\xff".decode("ascii", "bogus")); t(lambda: b"a".decode("nope")); t(lambda: b"a".decode(errors="x"))
