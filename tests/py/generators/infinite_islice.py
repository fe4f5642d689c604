# Infinite generators consumed by manual take/islice-like helpers.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def islice(it, start, stop, step=1):
    it = iter(it)
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
print(take(5, naturals()))
print(list(islice(naturals(10), 2, 12, 3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(20, primes()))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
f = fib()
for _ in range(100):
    v = next(f)
print(v)
