# Big integers: factorial, digit sums (by str() and by repeated divmod),
# Fibonacci numbers (exact and modulo), three-argument pow, multiplication,
# floor division and modulo of huge and negative values.
ROUNDS = 50


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def digit_sum_str(n):
    # str() of ints is limited to 4300 digits by default in CPython 3.11.
    return sum(int(c) for c in str(n))


def digit_sum_divmod(n):
    chunk = 10 ** 9
    total = 0
    while n:
        n, r = divmod(n, chunk)
        while r:
            r, d = divmod(r, 10)
            total += d
    return total


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


def one_round(r):
    small = factorial(1000 + r)
    ds1 = digit_sum_str(small)
    nd1 = len(str(small))
    f = factorial(3000 + r)
    ds2 = digit_sum_divmod(f)
    fb = fib_big(10000 + r)
    fm = fib_mod(30_000, 1_000_000_007 + 2 * r)
    m = (1 << 521) - 1
    p = 0
    for base in range(2 + r, 22 + r):
        p ^= pow(base, m - 1, m) ^ pow(base, 65537, m)
    q, rem = divmod(f, fb)
    mix = (f * fb + q) % (10 ** 40 + 7)
    neg = (-f) // (fb + 1) % 1_000_003
    return [ds1, nd1, ds2, f.bit_length(), fb % 1_000_000_007, fm,
            p % 1_000_000_007, rem.bit_length(), mix, neg]


def main():
    checksum = 0
    for r in range(ROUNDS):
        for v in one_round(r):
            checksum = (checksum * 1_000_003 + v) % (1 << 61)
    print(f"big ints checksum: {checksum}")


main()
