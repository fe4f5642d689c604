# Number theory with plain ints: gcd, modular inverse, primes, digits.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50))
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120)
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(100) if is_prime(n)])
print(is_prime(1000003), is_prime(1000001))
def digits(n):
    return [int(c) for c in str(abs(n))]
print(digits(-9075), sum(digits(2 ** 1000)))
def to_base(n, b):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return "-" * neg + out
print(to_base(255, 2), to_base(-255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36))
