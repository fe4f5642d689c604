def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: (1, 2).index(2)); t(lambda: (1, 2).index(3)); t(lambda: (1, 2, 1).index(1, 1)); t(lambda: (1, 2, 1).index(1, -1)); t(lambda: (1, 2).index(1, 1, 2)); t(lambda: (1, 2).count(1)); t(lambda: (1,).count())
t(lambda: (1,) * 3); t(lambda: (1,) + [2]); t(lambda: (1,) * -1); t(lambda: (1,) * 2**62); t(lambda: () * 5); t(lambda: (1, 2) + (3,)); t(lambda: 2 * (1,))
t(lambda: tuple("ab")); t(lambda: tuple(1)); t(lambda: tuple(x=1)); t(lambda: tuple()); t(lambda: tuple([1], [2])); t(lambda: tuple({"a": 1})); t(lambda: tuple(range(3)))
T = tuple(range(10))
for sl in [slice(None, None, 2), slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(100, -100, -3), slice(1, 1)]:
    t(lambda: T[sl])
t(lambda: T[10]); t(lambda: T[-11]); t(lambda: T["a"]); t(lambda: T[::0]); t(lambda: T[1.0])
