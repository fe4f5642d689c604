def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"abcdefghij", bytearray(b"abcdefghij")]:
    for sl in [slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(100, -100, -3), slice(1, 1), slice(5, 2)]:
        t(lambda: s[sl])
    t(lambda: s[1]); t(lambda: s[-1]); t(lambda: s[10]); t(lambda: s[-11]); t(lambda: s["a"]); t(lambda: s[::0]); t(lambda: s[True])
t(lambda: list(map(hex, b"\x00\xff"))); t(lambda: iter(b"ab").__next__()); t(lambda: reversed(b"ab").__next__()); t(lambda: b"ab".__iter__().__length_hint__()); t(lambda: b"abc".__getitem__(slice(1, None)))
