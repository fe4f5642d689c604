# Set construction from iterables and comprehensions; repr of int sets.
print(set([3, 1, 2, 3]), {1}, set(), set(range(5)), set((1, 1)))
print({x % 4 for x in range(20)}, sorted({n * n for n in range(-3, 4)}))
print(len({1, 1.0, True}), len({0, False, 0.0, -0.0}))
print(sorted({"b", "a", "c"}), sorted(set("hello world")))
print(set({"k": 1, "j": 2}) == {"k", "j"}, sorted(set({"k": 1, "j": 2}.values())))
s = {1, 2, 3}
print(list(sorted(s)), min(s), max(s), sum(s), len(s))
print(type({}).__name__, type({1}).__name__, type(set()).__name__)
