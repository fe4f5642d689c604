# int() parsing: bases, prefixes, underscores, whitespace, signs.
print(int("42"), int("  -17  "), int("+8"), int("\t12\n"), int("0"), int("-0"))
print(int("1_000_000"), int("0b1010", 0), int("0o17", 0), int("0x1F", 0), int("0", 0))
print(int("ff", 16), int("FF", 16), int("z", 36), int("Z", 36), int("10", 2), int("777", 8))
print(int("0x_ff", 16), int("0b_1_0", 2), int("1_0", 0))
print(int("12345678901234567890123456789"), int("-" + "9" * 50))
print(int(3.9), int(-3.9), int(True), int(1e20), int("  0077  "))
print(int("11", base=3), int(" 1_2 ", 0))
bad = ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x10", "08", "1 2", "- 1", "++1"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
for s, b in [("12", 2), ("g", 16), ("08", 0), ("0x", 16)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
