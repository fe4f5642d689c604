def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["abc", "h\xe9llo", "a\u20acb", "\U0001F600x", "\udcff", "a\x00b", "\xff", "\u0100"]:
    for enc in ["utf-8", "ascii", "latin-1", "utf8", "UTF-8", "latin1", "iso-8859-1", "us-ascii", "utf_8", "L1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            t(lambda: s.encode(enc, err))
t(lambda: "a".encode("nope")); t(lambda: "a".encode(encoding="ascii", errors="strict")); t(lambda: "a".encode(1)); t(lambda: "\xe9".encode()); t(lambda: "a".encode("ascii", "bogus")); t(lambda: "\xe9".encode("ascii", "bogus"))
