def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in [1.0, -0.0, 1e16, 0.1, 1e-7, 123.456, 1e100, float("nan"), float("inf"), 2.5, 1e22, 5e-324]:
    print(repr(x), str(x), x.real, x.imag, x.conjugate(), abs(x), -x, +x, hash(x) if x == x else "nan")
    if x == x and abs(x) != float("inf"):
        print(int(x), x.__trunc__(), x.__floor__() if hasattr(x, "__floor__") else "", x.__ceil__() if hasattr(x, "__ceil__") else "", x.__int__())
t(lambda: float.__getformat__("double")); t(lambda: float.__getformat__("float")); t(lambda: float.__getformat__("int")); t(lambda: (1.5).__getnewargs__()); t(lambda: (1.5).__bool__()); t(lambda: (0.0).__bool__())
t(lambda: int(1e308)); t(lambda: (1e308).as_integer_ratio()[1]); t(lambda: 0.1 + 0.2 == 0.3); t(lambda: sum([0.1] * 10)); t(lambda: float("inf") - float("inf")); t(lambda: float("inf") * 0); t(lambda: -float("nan"))
class F(float):
    def __repr__(self): return "F!"
t(lambda: F(1.5) + 1); t(lambda: type(F(1.5) + 1)); t(lambda: repr(F(2))); t(lambda: str(F(2))); t(lambda: f"{F(2)}"); t(lambda: "%s %r %f" % (F(2), F(2), F(2))); t(lambda: type(abs(F(-1)))); t(lambda: [F(1)]); t(lambda: F("1.5") == 1.5); t(lambda: type(-F(1)))
t(lambda: float.__new__(F, 2)); t(lambda: float.__new__(int, 2)); t(lambda: F(x=1)); t(lambda: (1.5).__format__(""))
