# List construction, indexing, negative indices and IndexError.
a = [1, "two", 3.0, None, [5]]
print(a, len(a), a[0], a[-1], a[-1][0], a[4][-1])
print(list(), list("abc"), list(range(4)), list((1, 2)), list({"k": 1, "j": 2}), [[]] * 2, [0] * 5)
print([x * 2 for x in range(5)], [*range(3), *"ab"], [1, *[2, 3], 4])
b = list(a)
print(b == a, b is a, b[4] is a[4])
for i in (-5, -1, 0, 4):
    print(i, a[i])
for i in (5, -6, 100):
    try:
        a[i]
    except IndexError as e:
        print("IndexError", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError", e)
a[1] = 2
a[-2] = "none"
print(a)
try:
    a[9] = 0
except IndexError as e:
    print("IndexError", e)
