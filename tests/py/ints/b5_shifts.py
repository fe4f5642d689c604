def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for a in [3, -3, 2**70, -(2**70), 10, -1, 0, 1]:
    for b in [0, 1, 5, 62, 63, 64, 65, 127, 200]:
        t(lambda: (a << b, a >> b))
t(lambda: 1 << -1); t(lambda: 1 >> -1); t(lambda: 0 << -1); t(lambda: 1 << 2**64); t(lambda: 0 << 2**64); t(lambda: 1 >> 2**64); t(lambda: -1 >> 2**64); t(lambda: -5 >> 2**100); t(lambda: 1 << 1.0); t(lambda: 1.0 << 1)
t(lambda: (-1) >> 1); t(lambda: (-2) >> 1); t(lambda: (-3) >> 1); t(lambda: (-(2**64) - 1) >> 64); t(lambda: (-(2**64)) >> 64); t(lambda: (-(2**64) + 1) >> 64)
