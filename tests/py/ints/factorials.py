# Arbitrary-precision factorials and products.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in (0, 1, 5, 20, 21, 25, 50):
    print(n, fact(n))
f100 = fact(100)
print(f100)
print(len(str(fact(1000))), sum(int(d) for d in str(fact(1000))))
print(fact(30) // fact(28), fact(52) // (fact(5) * fact(47)))
trailing = 0
x = fact(200)
while x % 10 == 0:
    x //= 10
    trailing += 1
print(trailing)
print(fact(25) - fact(24) * 25, fact(40) % 1000000007)
