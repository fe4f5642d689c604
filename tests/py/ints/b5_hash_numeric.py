def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), 2**64, -2**64, 10**40, -10**40, 2**122 - 1, 2**122, 12345678901234567890]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**1000 and float(v) == v else None)
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(1e-300), hash(-0.0), hash(2.0**70), hash(1 + 2j), hash(complex(1.5, -0.5)), hash(3j), hash(True), hash(False))
print(hash(2**61 - 1) == hash(0), hash(-1) == hash(-2), hash(5) == hash(5.0) == hash(5 + 0j) == hash(True * 5))
print({1: "a", 1.0: "b", True: "c"}, list(set([2**61, 2**62, 2**63, 1, 2, 3, -1, -2])), list({1.5, 2.5, -0.5, 100, 2**61 + 1}))
