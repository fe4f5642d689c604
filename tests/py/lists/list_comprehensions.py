# List comprehensions with conditions, nesting and expressions.
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x, 3)])
print([x if x % 2 else -x for x in range(6)])
print([[row * 3 + col for col in range(3)] for row in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[r[i] for r in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([len(w) for w in "the quick brown fox".split()])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([(lambda v: v + 1)(v) for v in range(3)])
print(sum([x * x for x in range(100)]), len([0 for _ in range(1000)]))
