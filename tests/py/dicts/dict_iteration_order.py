# Iteration over dicts with int keys preserves insertion order, not sort order.
d = {}
for k in [5, 3, 9, 1, 7, -2, 100, 0]:
    d[k] = str(k)
print(list(d), list(d.values()))
print(sorted(d), min(d), max(d))
s = {10: "a", 2: "b"}
s[1] = "c"
print(s)
m = {"b": 1, "a": 2}
m.update({"c": 3, "a": 4})
print(m)
print(list({x % 5: x for x in range(12)}.items()))
