def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 2 ** 0.5); t(lambda: (-2) ** 0.5); t(lambda: (-2.0) ** 0.5); t(lambda: 2.0 ** -1); t(lambda: 2.0 ** 10000); t(lambda: (-8.0) ** (1/3)); t(lambda: 0.0 ** 0.0); t(lambda: 1e308 * 10); t(lambda: 2.0 ** -1074); t(lambda: 2.0 ** -1075)
t(lambda: pow(2.0, 3, 5)); t(lambda: pow(2.0, -1.5)); t(lambda: float("inf") ** -1); t(lambda: 1.0 ** float("nan")); t(lambda: float("nan") ** 0); t(lambda: (-1.0) ** float("inf")); t(lambda: 0.5 ** float("inf")); t(lambda: 2.0 ** float("-inf"))
t(lambda: (-float("inf")) ** 3); t(lambda: (-float("inf")) ** 2); t(lambda: (-float("inf")) ** -3); t(lambda: (-0.0) ** 3); t(lambda: (-0.0) ** 2); t(lambda: (-0.0) ** 0.5); t(lambda: 10.0 ** 308); t(lambda: 10.0 ** 309); t(lambda: (-10.0) ** 309)
t(lambda: 2 ** -1); t(lambda: 2 ** -1.0); t(lambda: (-2) ** -1); t(lambda: (-1) ** 0.5); t(lambda: 4 ** 0.5); t(lambda: 1.5 ** 2); t(lambda: 2 ** 2**100 if False else (1.0000001) ** 10**9); t(lambda: 1.1 ** 10**6)
