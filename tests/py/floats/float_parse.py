# float() from strings: whitespace, signs, exponents, special values, errors.
for s in ["1.5", " 1.5 ", "-2", "+3.25", "1e3", "1E-3", ".5", "5.", "1_000.5", "inf", "-Infinity", "nan", "NaN", "  -inf\n", "1e400", "-1e400", "1e-400", "00012.5"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "- 1", "0x10", "1,5", "inf inity"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(), float(5), float(True), float(-0), float(10 ** 20))
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError", e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
