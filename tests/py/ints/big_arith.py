# Big-integer arithmetic: add/sub/mul/div consistency and known values.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b, a * b)
print(b // a, b % a, -b // a, -b % a)
print(a * b // b == a, (a * b) % a == 0)
x = 1
for i in range(1, 101):
    x = x * 3 + i
print(x)
print(x % 1000000007, x // 10 ** 40)
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] * fib[298] - fib[299] ** 2)
print(2 ** 127 - 1, (2 ** 127 - 1) % 2147483647)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)) * 10 ** 20)
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) * -1 * -1 == 2 ** 100)
print(str(2 ** 500)[:20], len(str(3 ** 1000)))
