def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s, b in [("10", 10), ("0x1f", 16), ("0x1f", 0), ("1_000", 10), ("  -42  ", 10), ("\t+7\n", 10), ("0b101", 0), ("0o17", 0), ("00", 0), ("0", 0), ("0_0", 0), ("0x_1f", 16), ("0x_1f", 0),
             ("z", 36), ("Z", 36), ("0B11", 2), ("0O7", 8), ("11", 0), ("\u00a012\u2003", 10), ("-0x10", 16), ("0b1_0", 0), ("0_7", 8), ("1" * 30, 2), ("7fffffffffffffff", 16), ("-8000000000000000", 16), ("ff", 16), ("FF", 16), ("10", 2), ("10", 36), ("-0", 10), ("+0", 0), ("0x0", 0)]:
    t(lambda: int(s, b))
t(lambda: int("10", base=2)); t(lambda: int(b"12")); t(lambda: int(b"12", 16)); t(lambda: int(bytearray(b" 7 "))); t(lambda: int(" \u0663 ")); t(lambda: int("\uff11\uff10", 16))
t(lambda: int()); t(lambda: int(3.9)); t(lambda: int(-3.9)); t(lambda: int(1e30)); t(lambda: int(True)); t(lambda: int("-0")); t(lambda: int(-0.0)); t(lambda: int(2.5e-10))
