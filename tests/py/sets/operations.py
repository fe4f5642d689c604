# Set operators and their method equivalents (ints only for stable order).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9} <= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, set() == set(), {1} == frozenset({1}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
print(len(a), 3 in a, 7 in a, sorted(set("mississippi")))
