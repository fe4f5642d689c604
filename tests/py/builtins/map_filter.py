# map with one and multiple iterables; filter with a function and None.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, range(-2, 3))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")))
m = map(int, "123")
print(next(m), list(m), list(m))
f = filter(None, [1, 0, 2])
print(list(f), list(f))
calls = []
def track(x):
    calls.append(x)
    return x * 2
lazy = map(track, range(3))
print(calls)
print(list(lazy), calls)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
