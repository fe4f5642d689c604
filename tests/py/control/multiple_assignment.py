# Chained assignment targets are assigned left to right.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
class O:
    pass
o = O()
o.a = o.b = "shared"
print(o.a, o.b)
d = {}
d["x"] = d["y"] = d
print(sorted(k for k in d), d["x"] is d)
p, q = r = 1, 2
print(p, q, r)
