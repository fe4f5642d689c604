# Memoized fibonacci with a dict, a decorator cache and an iterative check.
cache = {0: 0, 1: 1}
def fib(n):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print([fib(i) for i in range(20)])
print(fib(300))
print(len(cache))
def memoize(fn):
    memo = {}
    def wrapper(*args):
        if args not in memo:
            memo[args] = fn(*args)
        return memo[args]
    wrapper.memo = memo
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.memo))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a == fib(300))
