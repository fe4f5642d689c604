# sum with start, any/all on various iterables and short-circuiting.
print(sum([1, 2, 3]), sum([], 10), sum(range(5), 100), sum([0.1] * 3), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([True, True]), sum([1.5, 2]), sum(x for x in range(10) if x % 2), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0, 1]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any("abc"), all(""))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(not check(x) for x in range(10)), seen)
