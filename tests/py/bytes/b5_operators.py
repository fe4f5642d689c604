def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for a in [b"ab", bytearray(b"ab")]:
    for b in [b"ab", b"abc", b"b", bytearray(b"a"), "ab", 1, [97, 98]]:
        t(lambda: (a == b, a != b))
        t(lambda: (a < b, a <= b, a > b, a >= b))
        t(lambda: a + b)
t(lambda: b"ab" * 3); t(lambda: 3 * b"ab"); t(lambda: b"ab" * 0); t(lambda: b"ab" * -1); t(lambda: b"ab" * 1.5); t(lambda: b"a" * 2**62); t(lambda: b"ab" * True)
t(lambda: 104 in b"hello"); t(lambda: b"he" in b"hello"); t(lambda: 300 in b"hello"); t(lambda: "h" in b"hello"); t(lambda: bytearray(b"el") in b"hello"); t(lambda: -1 in b"a"); t(lambda: 1.0 in b"\x01")
t(lambda: hash(b"a") == hash(b"a")); t(lambda: hash(bytearray(b"a"))); t(lambda: {bytearray(b"a")}); t(lambda: {b"a": 1}[b"a"]); t(lambda: b"a" == "a"); t(lambda: len(b"abc")); t(lambda: bool(b"")); t(lambda: list(b"ab")); t(lambda: list(reversed(b"ab")))
