# Integer comparisons, sorting, min/max with big and negative values.
vals = [3, -2, 10 ** 20, -(10 ** 20), 0, 7, -7, 2 ** 64, 2 ** 64 - 1]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(min(vals), max(vals))
print(10 ** 20 > 10 ** 19, -(10 ** 20) < -(10 ** 19), 2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1)
print(3 < 5 <= 5 < 6, 1 < 2 < 2)
a = 10 ** 30
b = 10 ** 30
print(a == b, a <= b, a >= b, a < b)
print(sorted([5, 3, 9], key=lambda x: -x))
print([x for x in range(-5, 6) if -2 <= x < 3])
