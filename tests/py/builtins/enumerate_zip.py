# enumerate with start, zip with uneven lengths, unzipping.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", -2)))
for i, (a, b) in enumerate(zip("ab", "cd"), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10), "xyz")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars)
e = enumerate("hi")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(dict(zip("abc", range(3))), type(zip()).__name__, type(enumerate([])).__name__)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError", e)
