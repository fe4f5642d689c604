# Numeric literal patterns across the numeric tower.
def num(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 0.5:
            return "half"
        case 2j:
            return "two j"
        case 1 + 1j:
            return "one plus j"
        case -0.5 - 0.5j:
            return "minus half minus half j"
        case 123456789012345678901234567890:
            return "big"
        case -123456789012345678901234567890:
            return "big negative"
        case 0x_FF:
            return "hex"
        case 0o17 | 0b101:
            return "octal or binary"
        case 1e100:
            return "huge float"
        case _:
            return "?"

for v in [0, 0.0, -0.0, 0j, False, 1, 1.0, True, 0.5, 2j, complex(0, 2), 1 + 1j,
          complex(-0.5, -0.5), 123456789012345678901234567890, 123456789012345678901234567890.0,
          -123456789012345678901234567890, 255, 15, 5, 1e100, 10 ** 100, 3]:
    print(repr(v), num(v))

# int and float class patterns distinguish the types.
for v in [1, 1.0, True, 1 + 0j]:
    match v:
        case bool():
            print(repr(v), "bool")
        case int():
            print(repr(v), "int")
        case float():
            print(repr(v), "float")
        case complex():
            print(repr(v), "complex")
