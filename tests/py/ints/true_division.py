# True division of ints gives correctly rounded floats.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3, -1 / 3)
print(10 ** 400 / 10 ** 399)
print(2 ** 100 / 2 ** 99, (2 ** 100 + 1) / 2 ** 100)
print(10 ** 20 / 3, 1 / 10 ** 20)
print((10 ** 400 + 1) / (10 ** 399), 3 ** 500 / 3 ** 499)
print(1 / (2 ** 1074), 1 / (2 ** 1075))
print(type(4 / 2).__name__, 4 / 2)
print(123456789123456789 / 1000000000)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 2000 // 3 ** 1200)
