# Bitwise operations on negative and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 5]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a >> 100)
for a, b in [(-5, 3), (-5, -3), (12, -7), (2 ** 70 + 3, -(2 ** 65)), (-(2 ** 80), 2 ** 80 - 1), (-1, 2 ** 100)]:
    print(a & b, a | b, a ^ b)
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 99)
print((2 ** 200 - 1) & 0xFFFF, (-(2 ** 200)) | 0xFF, (-7) >> 1, -7 // 2)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__)
print((123).bit_length(), (-123).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
