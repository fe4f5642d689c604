def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for b in [b"abc", b"\xff", b"h\xc3\xa9", b"\xc3", b"\xed\xa0\x80", b"\x80abc", bytearray(b"\xe2\x82\xac!")]:
    for enc in ["utf-8", "ascii", "latin-1", "utf-16-le"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            t(lambda: b.decode(enc, err))
t(lambda: b"abc".decode("ascii", "bogus")); t(lambda: b"\xff".decode("ascii", "bogus")); t(lambda: b"abc".decode(errors="ignore")); t(lambda: b"abc".decode(encoding="latin1")); t(lambda: b"a".decode("nope")); t(lambda: b"a".decode(1))
t(lambda: b"\xe2\x82\xe2".decode("utf-8", "replace")); t(lambda: b"\xf0\x9f\x98".decode("utf-8", "replace")); t(lambda: b"\xf5".decode("utf-8", "replace")); t(lambda: b"\xc0\xaf".decode("utf-8", "replace")); t(lambda: b"\xed\xa0\x80".decode("utf-8", "replace"))
t(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass")); t(lambda: b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
