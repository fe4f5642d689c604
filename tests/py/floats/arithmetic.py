# Float arithmetic and mixed int/float operations.
print(1.5 + 2, 3 - 0.5, 2.5 * 4, 7.0 / 2, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(0.1 * 3, 0.7 + 0.1, 1 - 0.9, 100 * 1.1)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float("inf") - float("inf"), float("inf") * 0, float("inf") + 1)
print(-(0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
print(2.0 ** -1, (-8.0) ** 2, (-2.0) ** 3, 10.0 ** -2)
x = 1.0
for _ in range(10):
    x /= 3
print(x)
s = 0.0
for i in range(1, 11):
    s += 1 / i
print(s)
print(type(1 + 1.0).__name__, type(2 * 1.0).__name__, type(True + 0.5).__name__)
print((-8.0) ** 2.0, 8.0 ** (1 / 3), (-1.0) ** 1000001, 1.0 ** float("nan"))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
