# bisect against a linear scan: deterministic pseudo-random sorted lists, every lo/hi window.
import bisect

seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

def lin_left(a, x, lo, hi):
    i = lo
    while i < hi and a[i] < x:
        i += 1
    return i
def lin_right(a, x, lo, hi):
    i = lo
    while i < hi and a[i] <= x:
        i += 1
    return i
bad = 0
checks = 0
for size in (0, 1, 2, 3, 8, 21):
    a = sorted(rnd(10) for _ in range(size))
    for x in range(-1, 12):
        for lo in range(size + 1):
            for hi in range(lo, size + 1):
                checks += 1
                if bisect.bisect_left(a, x, lo, hi) != lin_left(a, x, lo, hi):
                    bad += 1
                if bisect.bisect_right(a, x, lo, hi) != lin_right(a, x, lo, hi):
                    bad += 1
print(checks, bad)
acc = []
for _ in range(60):
    v = rnd(20)
    if rnd(2):
        bisect.insort_left(acc, v)
    else:
        bisect.insort_right(acc, v)
print(acc == sorted(acc), len(acc), acc[:15])
objs = []
for i in range(20):
    bisect.insort(objs, (rnd(4), i), key=lambda t: t[0])
print(objs)
