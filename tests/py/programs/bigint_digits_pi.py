# Compute digits of pi and e with big integers (Machin's formula, series).
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)
def e_digits(digits):
    scale = 10 ** (digits + 10)
    total = 0
    term = scale
    n = 0
    while term:
        total += term
        n += 1
        term //= n
    return str(total // 10 ** 10)
p = pi_digits(200)
print(p[0] + "." + p[1:])
e = e_digits(200)
print(e[0] + "." + e[1:])
counts = [p.count(str(d)) for d in range(10)]
print(counts, sum(counts))
def sqrt2(digits):
    n = 2 * 10 ** (2 * digits)
    x = 2 * 10 ** digits
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
s = str(sqrt2(100))
print(s[0] + "." + s[1:])
