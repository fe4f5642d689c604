def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["1+2j", " (1+2j) ", "1", "j", "-j", "+1.5e3-2.5e-3J", "inf+nanj", "1+", "(1+2j", "1 + 2j", "", "1j+1", "1e1j", "nanj", "-inf-infj", "1_0+2_0j", ".5j", "(j)", "1+j", "1-j", "(1)", "()", "( 1+2j )", "1e+2-3.5e-1j", "J", "+j", "1jj", "1_j", "\u0661+\u0662j", "1.5", "infj", "-0j", "0-0j"]:
    t(lambda: complex(s))
t(lambda: complex(1, 2)); t(lambda: complex("1", 2)); t(lambda: complex(1, "2")); t(lambda: complex(1j, 1j)); t(lambda: complex(real=1, imag=2)); t(lambda: complex(None)); t(lambda: complex([])); t(lambda: complex(2**2000)); t(lambda: complex(1.5))
t(lambda: complex()); t(lambda: complex(imag=3)); t(lambda: complex(b"1")); t(lambda: complex(1, None)); t(lambda: complex("1e400")); t(lambda: complex(2**2000, 1)); t(lambda: complex("1", "2"))
class WC:
    def __complex__(self): return 5j
class BC:
    def __complex__(self): return 5
class FI:
    def __float__(self): return 1.5
class II:
    def __index__(self): return 3
t(lambda: complex(WC())); t(lambda: complex(BC())); t(lambda: complex(FI())); t(lambda: complex(II())); t(lambda: complex(FI(), FI())); t(lambda: complex(WC(), 1))
for z in [1+2j, -1-2j, 1j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(float("inf"), float("nan")), 1e20j, 1.5+1e-10j, complex(1e16, 1e-5), complex(-1e-300, 1e300)]:
    print(repr(z), str(z), z.real, z.imag, format(z), f"{z:.3g}")
