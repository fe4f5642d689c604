def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in [2.675, 0.5, 1.5, 2.5, -2.5, 0.125, 1234.5678, 1e300, -1e-300, 5e-324, float("inf"), float("nan"), 0.0, -0.0, 123456789.987654321, 0.285, 1.005, 2.0**60, 0.045, 5.015, 1e16 + 2, -0.5, 0.49999999999999994]:
    out = []
    for nd in [None, 0, 1, 2, 3, -1, -2, -400, 400, 20, 308, -308, 323, 324]:
        try:
            out.append(round(x, nd) if nd is not None else round(x))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(x), out)
t(lambda: round(1.5, 1.5)); t(lambda: round(1.5, "a")); t(lambda: round("a")); t(lambda: round(True, 0)); t(lambda: type(round(5.5))); t(lambda: type(round(5.5, 0))); t(lambda: type(round(5.5, None)))
t(lambda: round(2.5, 2**100)); t(lambda: round(2.5, -2**100)); t(lambda: round(number=2.5, ndigits=0)); t(lambda: round()); t(lambda: round(1, 2, 3)); t(lambda: (2.5).__round__()); t(lambda: (2.5).__round__(None))
class R:
    def __round__(self, n=None): return ("R", n)
t(lambda: round(R())); t(lambda: round(R(), 3)); t(lambda: round(object()))
