# Integer powers: big exponents, negative bases, negative exponents, 0**0.
print(2 ** 1000)
print((-3) ** 99)
print((-3) ** 100 == 3 ** 100, -3 ** 2, (-3) ** 2)
print(2 ** -2, 10 ** -3, (-2) ** -3)
print(0 ** 0, 0 ** 5, 1 ** 10000, (-1) ** 10001)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63))
print(7 ** 77)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 ** 50 + 1)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2, 10), pow(2, -1), pow(-8, 3))
x = 3
x **= 40
print(x)
