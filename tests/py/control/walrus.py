# Assignment expressions (:=) in conditions, comprehensions and loops.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
vals = iter(range(5))
while (item := next(vals, None)) is not None:
    print("item", item)
print(item)
def f():
    [z := i for i in range(3)]
    return z
print(f())
total = 0
print([total := total + i for i in range(5)], total)
print((a := 10) + a)
def g(x):
    return (r := x * x) + r
print(g(3))
lines = ["a", "bb", "", "ccc"]
i = 0
while (line := lines[i]):
    print(line)
    i += 1
