def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


R = [range(10), range(1, 20, 3), range(10, 0, -2), range(0), range(-5, 5), range(2**70, 2**70 + 10, 3), range(0, 2**80, 2**60), range(5, 5), range(3, -10, -4)]
for r in R:
    t(lambda: (len(r) if r.stop < 2**70 else None, r.start, r.stop, r.step, bool(r), repr(r)))
    for sl in [slice(None, None, 2), slice(None, None, -1), slice(1, -1), slice(100, None), slice(-100, 2), slice(None, None, -3), slice(3, 1, -1)]:
        t(lambda: r[sl])
    t(lambda: [r[i] if -len(r) <= i < len(r) else "out" for i in [0, 1, -1, 5, -100]] if r.stop < 2**70 else r[1])
    for v in [0, 4, 7, 2**70 + 3, -3, 4.0, "a", True]:
        t(lambda: (v in r, r.count(v)))
        t(lambda: r.index(v))
    t(lambda: list(reversed(r))[:5]); t(lambda: hash(r) == hash(range(r.start, r.stop, r.step)))
