def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["abc", "h\xe9llo", "a\u20acb", "\U0001F600x", "\udcff", ""]:
    for enc in ["utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf_16", "UTF-32LE"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "surrogatepass"]:
            t(lambda: s.encode(enc, err))
for b in [b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"a", b"\x00\xd8", b"\x00\xd8a\x00", b"=\xd8\x00\xde", b"\xff\xfe\x00\x00a\x00\x00\x00"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]:
        for err in ["strict", "replace", "ignore", "backslashreplace"]:
            t(lambda: b.decode(enc, err))
