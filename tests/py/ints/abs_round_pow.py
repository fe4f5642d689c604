# abs, round and three-argument pow on ints.
print(abs(-5), abs(5), abs(0), abs(-(10 ** 30)), abs(True))
print(round(5), round(-5), round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(5, -1), round(7, 2), round(10 ** 30 + 5, -1))
print(type(round(5)).__name__, type(round(5, -1)).__name__)
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(10 ** 20, 10 ** 10, 97))
print(pow(5, 0, 1), pow(7, 3, -5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(divmod(17, 5), divmod(-17, 5), divmod(10 ** 25, 7))
