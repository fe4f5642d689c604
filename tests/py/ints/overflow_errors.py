# OverflowError when huge ints meet floats.
big = 10 ** 400
tests = [
    lambda: float(big),
    lambda: big / 7,
    lambda: big * 1.0,
    lambda: big + 0.5,
    lambda: 2.0 ** big,
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: round(float("inf")),
]
for t in tests:
    try:
        print(t())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(big > 1e308, big < float("inf"), -big < -1e308, big == float("inf"))
print(2 ** 1023 * 1.0 < float("inf"))
