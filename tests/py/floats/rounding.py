# round() with and without ndigits, banker's rounding, and float->int conversions.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e20), round(123.456, -2), round(-0.4), round(0.0001, 3))
print(int(3.9), int(-3.9), int(0.9999), int(-0.0), int(1e10), int(2.5e15))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(float("nan"), 2))
