# Floats as dict keys and set members; hash equality with ints.
d = {}
d[0.5] = "half"
d[1.0] = "one float"
d[1] = "one int"
d[2] = "two"
d[2.0] = "two float"
print(d)
print(d[1.0], d[2], 0.5 in d, 0.25 in d)
s = {1.0, 2, 2.0, 3.5, -0.0, 0}
print(sorted(s), len(s))
print(hash(0.5), hash(-0.5), hash(1.0) == hash(1), hash(3.0) == hash(3), hash(1e100) == hash(10 ** 100))
print(hash(0.1) == hash(0.1), {0.1 + 0.2: 1}.get(0.3, "missing"))
