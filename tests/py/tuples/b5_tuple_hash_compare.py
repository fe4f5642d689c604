def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in [(), (1,), (1, 2), (1, (2, 3)), (-1,), (1.5, True), (2**64, -2**64), ((),), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (0.0, -0.0), (frozenset([1]),)]:
    print(v, hash(v))
t(lambda: hash((1, [2]))); t(lambda: hash(((1, {}),)))
t(lambda: (1, 2) < (1, "a")); t(lambda: (1, 2) <= (1, 2)); t(lambda: (1, 2) < (1, 2, 0)); t(lambda: () < (0,)); t(lambda: (1,) == [1]); t(lambda: (1,) < [1]); t(lambda: (float("nan"),) == (float("nan"),))
n = float("nan"); t(lambda: (n,) == (n,)); t(lambda: (n, 1) < (n, 2)); t(lambda: (1, n) < (1, n))
