def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for a, b in [(1.0, 0.0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, 0.0), (float("inf"), 0.0), (float("nan"), 0.0), (True, 0.0), (10**400, 0.0), (1.0, -0.0)]:
    t(lambda: a / b); t(lambda: a // b); t(lambda: a % b); t(lambda: divmod(a, b))
t(lambda: 1 / 0); t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: divmod(1, 0)); t(lambda: 10**40 / 0); t(lambda: 0.0 ** -1); t(lambda: 0.0 ** -1.5); t(lambda: (-0.0) ** -1); t(lambda: 0 ** -1.0); t(lambda: (1+1j) / 0); t(lambda: 1j // 1)
t(lambda: pow(0.0, -2)); t(lambda: 5.0.__truediv__(0)); t(lambda: 5.0.__rtruediv__(0.0)); t(lambda: 5.0.__mod__(0)); t(lambda: 5.0.__floordiv__(0)); t(lambda: 5.0.__divmod__(0))
