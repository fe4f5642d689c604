# Binary search variants: exact, lower/upper bound, on answers.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 1000, 3))
for x in [0, 3, 999, 996, 500, 501, -1, 1000]:
    print(x, bsearch(data, x))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for x in [0, 2, 4, 5, 8, 9]:
    print(x, lower_bound(dups, x), upper_bound(dups, x), upper_bound(dups, x) - lower_bound(dups, x))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127]])
words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, bsearch(words, "lazy"), bsearch(words, "cat"))
