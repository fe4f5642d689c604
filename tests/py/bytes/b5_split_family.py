def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"a,b,,c", bytearray(b"a,b,,c")]:
    for args in [(), (b",",), (b",", 1), (b",", 0), (b",", -1), (None, 1), (b",,",), (bytearray(b","),)]:
        t(lambda: s.split(*args)); t(lambda: s.rsplit(*args))
    t(lambda: s.split(b"")); t(lambda: s.split(",")); t(lambda: s.split(44)); t(lambda: s.split(maxsplit=1)); t(lambda: s.split(sep=b",")); t(lambda: s.rsplit(b",", maxsplit=1))
for w in [b"  a  b  ", b"", b"   ", b"a\tb\nc\x0bd\x0ce\x1cf\x85g\xa0h", b"a\x1cb\x85c"]:
    t(lambda: (w.split(), w.rsplit(), w.split(None, 1), w.rsplit(None, 1)))
lines = b"a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\n\ni\r\r"
t(lambda: lines.splitlines()); t(lambda: lines.splitlines(True)); t(lambda: bytearray(lines).splitlines(keepends=True)); t(lambda: b"".splitlines()); t(lambda: b"\n".splitlines(True))
for s in [b"hello world", bytearray(b"hello world")]:
    for sep in [b" ", b"o", b"zz", b"hello world"]:
        t(lambda: (s.partition(sep), s.rpartition(sep)))
    t(lambda: s.partition(b"")); t(lambda: s.partition(" ")); t(lambda: s.rpartition(111))
