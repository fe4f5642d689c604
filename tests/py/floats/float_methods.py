# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.
for v in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((3.5).conjugate(), (3.5).real, (3.5).imag)
print(float("inf").is_integer(), float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
