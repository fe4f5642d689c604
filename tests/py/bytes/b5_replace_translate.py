def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"hello world hello", bytearray(b"hello world hello")]:
    for args in [(b"l", b"L"), (b"l", b"L", 1), (b"l", b"L", 0), (b"", b"-"), (b"", b"-", 2), (b"xyz", b"q"), (b"hello", b""), (bytearray(b"o"), b"0")]:
        t(lambda: s.replace(*args))
    t(lambda: s.replace("l", "L")); t(lambda: s.replace(b"l")); t(lambda: s.replace(b"l", b"L", count=1))
    t(lambda: s.translate(bytes.maketrans(b"lo", b"01"))); t(lambda: s.translate(None, b"lo")); t(lambda: s.translate(b"x")); t(lambda: s.translate(None)); t(lambda: s.translate(None, delete=b"h")); t(lambda: s.translate(bytes(256), b"l"))
t(lambda: bytes.maketrans(b"ab", bytearray(b"xy"))[97:99]); t(lambda: bytes.maketrans("a", "b")); t(lambda: bytes.maketrans(b"a", b"bc")); t(lambda: bytearray.maketrans(b"a", b"b")[97:98]); t(lambda: type(bytearray.maketrans(b"", b"")))
for s in [b"abc", bytearray(b"abc")]:
    for a in [b"", b"a", b"ab", b"abc", b"abcd", b"c", bytearray(b"bc")]:
        t(lambda: (s.removeprefix(a), s.removesuffix(a)))
    t(lambda: s.removeprefix("a")); t(lambda: s.startswith((b"x", b"ab"))); t(lambda: s.endswith(b"c", 0, 2)); t(lambda: s.startswith("a")); t(lambda: s.startswith([b"a"])); t(lambda: s.endswith((b"c", bytearray(b"x")))); t(lambda: s.startswith(97))
