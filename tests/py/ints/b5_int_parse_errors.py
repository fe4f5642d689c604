def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s, b in [("1__0", 10), ("_1", 10), ("1_", 10), ("12", 2), ("", 10), (" ", 10), ("1 2", 10), ("1.5", 10), ("0b", 0), ("0x", 16), ("- 1", 10), ("+-1", 10), ("9", 8), ("10", 1), ("10", 37), ("10", -1),
             ("017", 0), ("1e3", 10), ("0x1f", 10), ("0b2", 0), ("\x00", 10), ("1\x00", 10), ("x" * 300, 10), ("0_", 0), ("0__0", 0), ("0x__1", 16), ("\u0663_", 10), ("++1", 10), ("0o8", 0), ("1l", 10), ("\u00b2", 10)]:
    t(lambda: int(s, b))
t(lambda: int(10, 2)); t(lambda: int(b"\xff")); t(lambda: int(bytearray(b"x"))); t(lambda: int(b"x", 16)); t(lambda: int(float("inf"))); t(lambda: int(float("nan"))); t(lambda: int(None)); t(lambda: int([])); t(lambda: int("10", 2.5)); t(lambda: int(x=1)); t(lambda: int("1", 10, 5)); t(lambda: int(base=10)); t(lambda: int("5", base="a"))
t(lambda: int(1j)); t(lambda: int("1", 2**100)); t(lambda: int("1", -2**100))
