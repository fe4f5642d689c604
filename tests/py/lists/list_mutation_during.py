# Aliasing and mutation visibility across references and functions.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
def mutate(lst):
    lst.append("m")
    lst[0] = "changed"
def rebind(lst):
    lst = ["new"]
    return lst
mutate(a)
print(a)
print(rebind(a), a)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
c = a[:]
c.clear()
print(a, c)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
