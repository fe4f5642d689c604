def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


big = 2**53 + 1
for a, b in [(float(2**53), big), (float(2**53), 2**53), (1e300, 10**300), (float("inf"), 10**400), (float("nan"), 1), (-float("inf"), -10**400), (2.5, 2), (2.0, 2), (1e308, 10**308), (0.5, 0), (-0.0, 0),
             (9007199254740993.0, 9007199254740993), (2.0**63, 2**63), (2.0**63, 2**63 - 1), (-2.0**63, -2**63), (-2.0**63, -2**63 + 1), (1e20, 10**20), (1e23, 10**23), (float(10**23), 10**23), (2.0**1023 * 1.5, 3 * 2**1022)]:
    t(lambda: (a == b, a < b, a > b, a <= b, a >= b, a != b, b < a, b == a))
t(lambda: 2**1024 > float("inf")); t(lambda: 2**1024 < float("-inf")); t(lambda: 2**1024 == 1e308); t(lambda: 2**1024 > 1.7976931348623157e308); t(lambda: -2**1024 < -1.7976931348623157e308); t(lambda: float("nan") != 10**400)
t(lambda: max(1, 1.0)); t(lambda: max(1.0, 1)); t(lambda: sorted([3, 2.5, 2**60, 1e18, True, -0.0, 0])); t(lambda: 1 == 1.0 == True); t(lambda: 10**400 in [float("inf")])
