def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for sep in [b"", b", ", bytearray(b"-")]:
    t(lambda: sep.join([b"a", bytearray(b"b"), b"c"])); t(lambda: sep.join([])); t(lambda: sep.join([b"x"])); t(lambda: type(sep.join([b"x"])))
t(lambda: b"".join([b"a", "b"])); t(lambda: b"".join([1])); t(lambda: b"".join(1)); t(lambda: b"-".join(x for x in [b"p", b"q"])); t(lambda: b"".join([bytearray(b"x"), bytearray(b"y")]))
for w in [b"a\tb", b"\t", b"ab\tc\nd\te\r\tf", b"abcdefgh\tx", b"no tabs"]:
    for n in [(), (0,), (1,), (4,), (-1,)]:
        t(lambda: (w.expandtabs(*n), bytearray(w).expandtabs(*n)))
t(lambda: b"a\tb".expandtabs(tabsize=2)); t(lambda: b"a".expandtabs("x"))
