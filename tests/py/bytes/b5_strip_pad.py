def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"  xxab  abxx \t", bytearray(b" \x0bab\x0c ")]:
    for c in [None, b"", b"ab", b" x", bytearray(b"x ")]:
        t(lambda: (s.strip(c), s.lstrip(c), s.rstrip(c)))
    t(lambda: s.strip("a")); t(lambda: s.strip(1)); t(lambda: s.strip(b"a", b"b"))
for s in [b"ab", bytearray(b"-ab"), b"+1", b""]:
    for n in [-1, 0, 2, 3, 5, 6]:
        t(lambda: (s.center(n), s.ljust(n), s.rjust(n), s.zfill(n), s.center(n, b"*"), s.ljust(n, bytearray(b"x")), s.rjust(n, b"\x00")))
t(lambda: b"a".center(5, b"ab")); t(lambda: b"a".center(5, "x")); t(lambda: b"a".ljust(5, 120)); t(lambda: b"a".center("5")); t(lambda: b"a".zfill(1.5))
