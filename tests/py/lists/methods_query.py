# index and count, copy and membership on lists.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(5, 5), a.index(5, 7, 9), a.count(5), a.count(7), a.count(1))
try:
    a.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    a.index(3, 1, 5)
except ValueError as e:
    print("ValueError", e)
b = a.copy()
b.append(0)
print(len(a), len(b), b is not a)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(5 in a, 7 in a, 7 not in a, [1] in [[1], [2]], "1" in a)
print([1, 2.0, True].count(1), [None, None].index(None))
print(min(a), max(a), sum(a), sorted(a)[:4], len(a))
