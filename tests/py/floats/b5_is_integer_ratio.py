def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.0, 1.5, -2.25, 1e300, 5e-324, 0.1, float("inf"), float("nan"), 2.0**-1074, 1.7976931348623157e308, 3.0, -7.0, 2.0**53, 0.5]:
    t(lambda: x.is_integer())
    t(lambda: x.as_integer_ratio())
t(lambda: (1.5).as_integer_ratio(1)); t(lambda: float.is_integer(1)); t(lambda: (5).is_integer() if hasattr(5, "is_integer") else "no int.is_integer")
