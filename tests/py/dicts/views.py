# keys/values/items views: iteration, membership, live updates, set ops.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(k & {"b", "z"}, sorted(k | {"z"}), sorted(k - {"b"}), k == {"b", "c", "d"})
for key, val in d.items():
    print(key, val)
print(sorted(d), sorted(d.values(), reverse=True), list(reversed(d)))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
e = {"x": 1}
try:
    for key in e:
        del e[key]
except RuntimeError as err:
    print("RuntimeError", err)
print(type(k).__name__, type(v).__name__, type(i).__name__)
