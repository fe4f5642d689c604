def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for a, b in [(-7.5, 2), (7.5, -2), (-7.5, -2), (7.5, 2), (1e300, 1e-300), (-0.0, 1), (0.0, -1), (5, 0.5), (-1e-20, 1.0), (1e-20, -1.0), (float("inf"), 1.0), (1.0, float("inf")), (-1.0, float("inf")),
             (1.0, -float("inf")), (float("nan"), 2.0), (2.0, float("nan")), (0.1, 0.01), (10**20, 3.0), (-3.0, 10**20), (7, 0.1), (-7, 0.1), (1e16, 3), (3.5, 1.25)]:
    t(lambda: (a // b, a % b, divmod(a, b)))
t(lambda: 7.5 // "a"); t(lambda: 10**400 // 3.0); t(lambda: 3.0 // 10**400); t(lambda: 3.0 % 10**400)
