# dict.get, setdefault, pop, popitem, update, clear, copy.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("b"), d.pop("zz", "missing"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(a=-1)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(dict.fromkeys([1, 2], []), {}.get(1, {}))
