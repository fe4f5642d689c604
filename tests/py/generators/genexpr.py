# Generator expressions: laziness, single pass, binding of the first iterable.
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8, 9]
print(list(g))
lst = [1, 2, 3]
g = (x for x in lst)
lst.append(4)
print(list(g))
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print("lazy error:", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
print(type(x for x in []).__name__)
nested = ((a, b) for a in "ab" for b in (c.upper() for c in "xy"))
print(list(nested))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
