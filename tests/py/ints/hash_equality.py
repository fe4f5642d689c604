# hash() consistency across equal int/float/bool values.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1), hash(-2), hash(2 ** 64), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)))
print(hash(10 ** 20) == hash(float(10 ** 20)), hash(1.5), hash(-2.5))
print(hash(2 ** 100) == hash(float(2 ** 100)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash(12345), hash(-12345), hash(float("inf")), hash(float("-inf")))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print({0: "a", False: "b", 0.0: "c"})
