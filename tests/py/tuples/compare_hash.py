# Tuple comparison and hashing; tuples as dict keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(tuple()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((1, (2, 3))), hash((-1, -2)))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[1, 2], (0, 0) in d, d.get((9, 9)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("TypeError", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (3, 0)))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
