def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["inf", "-inf", "+inf", "Infinity", "-INFINITY", "nan", "-nan", "+NaN", "  1e5 ", "1_000.5", "1__0", "_1", "1_", ".5", "5.", ".", "e5", "1e", "1e+", "0x10", "1.5j", "", " ", "\u0661\u066b\u0665",
          "\u0661.\u0665", "\uff11.\uff15", "infinit", "1e500", "-1e500", "1e-500", "nan(1)", "\t\n-0.0\r ", "1.7976931348623159e308", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
          "1.0e-1_0", "1_0e1_0", "1._5", "1_.5", "0.1e+0_1", "iNfInItY", "in f", "1 .5", "+-1", "--1", "1e1.5", "0" * 400 + "1", "1" + "0" * 400, "0." + "0" * 400 + "1"]:
    t(lambda: float(s))
t(lambda: float(b"1.5")); t(lambda: float(bytearray(b" 2 "))); t(lambda: float(b"x")); t(lambda: float(None)); t(lambda: float([])); t(lambda: float(10**400)); t(lambda: float(2**1024 - 2**970)); t(lambda: float(2**1024 - 2**969))
t(lambda: float(x=1)); t(lambda: float("a" * 300)); t(lambda: float()); t(lambda: float(1, 2)); t(lambda: float("1\x00")); t(lambda: float(True)); t(lambda: float(-2**53 - 1))
class FI:
    def __float__(self): return 1.5
class FB:
    def __float__(self): return 1
class II:
    def __index__(self): return 3
class FS(float): pass
class FSub:
    def __float__(self): return FS(2.5)
t(lambda: float(FI())); t(lambda: float(FB())); t(lambda: float(II())); t(lambda: float(FSub())); t(lambda: type(float(FSub()))); t(lambda: type(float(FS(1))))
