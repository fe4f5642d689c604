# repr of nested and self-referential lists.
a = [1, [2, [3, [4]]], "s", 1.5, None, True, ("t",), {"k": [1]}]
print(a)
print(repr(a) == str(a))
r = [1, 2]
r.append(r)
print(r, len(r))
print(r[2][2][0])
x = []
y = [x]
x.append(y)
print(x, y)
z = [[]] * 3
z[0].append(1)
print(z)
w = [[] for _ in range(3)]
w[0].append(1)
print(w)
print([[], [[]], [[], []]])
print(["it's", 'q"uote', "\n"])
