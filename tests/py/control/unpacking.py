# Tuple/list unpacking: nested, starred, swaps and iterables.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcde"
print(h, mid, t)
p, *q = [1]
print(p, q)
x, (y, *z), w = 1, (2, 3, 4), 5
print(x, y, z, w)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
m = n = [1]
print(m is n)
for idx, (ch, num) in enumerate(zip("ab", (10, 20))):
    print(idx, ch, num)
o, = [42]
print(o)
