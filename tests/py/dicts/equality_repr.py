# Dict equality ignores order; repr of nested and recursive dicts.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {} == {}, {1: 1} == {1.0: 1})
d = {"list": [1, 2], "tuple": (1,), "dict": {"in": {}}, "str": "it's", 1.5: None, (1, 2): True}
print(d)
r = {}
r["self"] = r
print(r)
print({"k": [{"a": 1}, {"b": [2, {"c": 3}]}]})
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print(a | {"z": 0}, {"x": 0} | a)
c = dict(a)
c |= {"w": 9}
print(c)
