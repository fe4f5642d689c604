# Tuple construction, indexing, slicing, immutability.
t = (1, "two", 3.0, [4])
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], type(t[1:2]).__name__)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), 1, 2)
e = 5,
print(e, type(e).__name__)
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as err:
    print("TypeError", err)
try:
    t[10]
except IndexError as err:
    print("IndexError", err)
try:
    t.append(1)
except AttributeError as err:
    print("AttributeError", err)
print(t.count(1), t.index("two"), (1, 2, 1).count(1))
try:
    t.index("zz")
except ValueError as err:
    print("ValueError", err)
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5)
print(tuple(x * x for x in range(4)), (*range(3), *"xy"))
