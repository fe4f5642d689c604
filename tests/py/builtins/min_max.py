# min/max with multiple args, key, default, and empty-sequence errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default="empty"), max([], default=None), min([5], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-5, 3], key=abs), max({"a": 3, "b": 1}))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min((2, "x"), (1, "y")), max(range(10), key=lambda x: -x))
print(max(1, 2.5), min(True, 0.5), max([0.1, 0.2]), max(x * x for x in range(-4, 3)))
for args in [(), ([],), (iter([]),)]:
    try:
        min(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
