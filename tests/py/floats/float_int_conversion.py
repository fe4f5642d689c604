# Conversions between float and int, exactness, and large values.
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(int(1e15), int(1.5e16), int(-1e19), int(2.0 ** 100))
print(int(0.1 * 3 * 10), int(4.35 * 100), round(4.35 * 100))
print(float(7) / 2, 7 // 2.0, float(-7) // 2)
print(1e16 == 10 ** 16, int(1e16) == 10 ** 16, 0.1 == 1 / 10)
print((0.1).as_integer_ratio())
print(2 ** 0.5 * 2 ** 0.5, 2 ** 0.5 * 2 ** 0.5 == 2)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(divmod(7.5, 2), divmod(-7.5, 2))
