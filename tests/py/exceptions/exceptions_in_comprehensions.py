# Exceptions raised inside comprehensions, lambdas and nested calls propagate.
def safe(fn, *a):
    try:
        return fn(*a)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(safe(lambda: [1 / x for x in (1, 2, 0)]))
print(safe(lambda: {k: v for k, v in [(1, 2), (3,)]}))
print(safe(lambda: sorted([3, "a", 1])))
print(safe(lambda: sum([1, "2"])))
print(safe(lambda: list(map(int, ["1", "2", "three"]))))
print(safe(lambda: max([])))
print(safe(lambda: min(1, None)))
print(safe(lambda: [x for x in range(3)][3]))
print(safe(lambda: "".join([1, 2])))
print(safe(lambda: dict([(1, 2, 3)])))
print(safe(lambda: dict([1])))
print(safe(lambda: tuple(5)))
results = []
for x in [2, 0, "a", None, 4]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append("zero")
    except TypeError:
        results.append("type")
print(results)
