# Dict construction, access, assignment, KeyError messages.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], dict(), dict(x=1, y=2), dict([("k", "v"), ("n", 0)]), dict(d, c=3))
print(dict(zip("abc", range(3))), dict({1: 2}), {**d, "z": 26}, {**d, **{"a": 100}})
d["c"] = 3
d["a"] = 10
print(d)
for k in ["zz", 1, (1, 2), None, ""]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", e, repr(e))
print("a" in d, "zz" in d, 10 in d, "a" not in d)
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
f = {}
f[(1, 2)] = "tuple"
f[frozenset([1])] = "frozenset"
f[None] = "none"
print(f[(1, 2)], f[frozenset({1})], f[None], len(f))
try:
    f[[1]] = 2
except TypeError as err:
    print("TypeError", err)
try:
    {}[{}]
except TypeError as err:
    print("TypeError", err)
