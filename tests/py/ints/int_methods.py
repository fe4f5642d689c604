# int methods and attributes: bit_length, to_bytes, from_bytes, conjugate, as_integer_ratio.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((10).as_integer_ratio(), (5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((2 ** 100).bit_count(), (-7).bit_count(), (255).bit_count())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int.__name__, type(5) is int, isinstance(5, int))
class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, type(m + 1).__name__, isinstance(m, int), m == 5)
print(int(MyInt(9)), type(int(MyInt(9))).__name__)
