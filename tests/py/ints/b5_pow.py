def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**64, -(2**64)]:
    for b in [0, 1, 2, 3, 7, 64, 100, -1, -2]:
        t(lambda: a ** b)
t(lambda: pow(2, -1)); t(lambda: 2 ** -2); t(lambda: 0 ** -1); t(lambda: 0.0 ** -1); t(lambda: pow(0, -1)); t(lambda: (-8) ** (1/3)); t(lambda: 10 ** 0.5); t(lambda: 2 ** 1.0); t(lambda: (-2) ** -3); t(lambda: 2 ** 10**1 * 0); t(lambda: pow(2, 3, None))
t(lambda: pow()); t(lambda: pow(1)); t(lambda: pow(2, exp=3)); t(lambda: pow(base=2, exp=3)); t(lambda: pow(2, 3, mod=5)); t(lambda: 2 ** "a"); t(lambda: "a" ** 2); t(lambda: pow(1, 2, 3, 4))
