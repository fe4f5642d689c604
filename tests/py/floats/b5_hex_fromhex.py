def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.0, 1.5, -2.25, 1e300, 5e-324, 0.1, 2.0**-1074, 1.7976931348623157e308, 3.0, 2.0**-1022, 2.0**-1023, float("inf"), float("-inf"), float("nan")]:
    t(lambda: x.hex())
    t(lambda: float.fromhex(x.hex()))
for s in ["0x1p0", "0x1.8p1", "-0X1.FFFFFFFFFFFFFp1023", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "inf", "-Infinity", "nan", "  0x10  ", "0x", "1", "0x1p", "0x1p1024",
          "0x.8", "0x1.", "1p3", "0x1_0", "0x1.fffffffffffff8p1023", "0x0p99999", "0x1p-1076", "0x3p-1076", "0X1P+10", "-0x0", "+0x1.8", "0x1.8p-1", "a", "1.5", "0x1.0000000000001p0", "\t0x1p3\n", "0x1p3 x", "0xg", "infinity", "-nan"]:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1)); t(lambda: float.fromhex()); 
class F(float): pass
t(lambda: type(F.fromhex("0x1p0"))); t(lambda: F.fromhex("0x1p1"))
