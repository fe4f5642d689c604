# Sequence patterns: [...], (...), open sequences, lengths, nesting.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case (a, b):
            return f"two: {a!r} {b!r}"
        case a, b, c:
            return f"three: {a!r} {b!r} {c!r}"
        case [[a, b], [c, d]]:
            return f"2x2: {a} {b} {c} {d}"
        case [1, 2, 3, 4]:
            return "1234"
        case _:
            return "other"

for v in [[], (), [1], (1,), [1, 2], (1, 2), range(2), [1, 2, 3], (4, 5, 6),
          [[1, 2], [3, 4]], ([1, 2], (3, 4)), [1, 2, 3, 4], (1, 2, 3, 4), range(1, 5),
          [1, 2, 3, 4, 5], "ab", b"ab", {1: 2}, {1, 2}]:
    print(repr(v), "->", shape(v))

# Parenthesized forms.
for v in [(1,), [1], 1]:
    match v:
        case (x,):
            print("tuple-form one-element sequence", x)
        case (x):
            print("group, not a sequence", x)

match [1, 2]:
    case [1, 2,]:
        print("trailing comma in []")
match (1, 2):
    case 1, 2,:
        print("trailing comma in an open sequence")

# Element patterns are literal, so [1, 2] matches (1.0, 2.0) too.
match (1.0, 2.0):
    case [1, 2]:
        print("numbers compare with ==")

# Tuple and list subjects are interchangeable.
for v in [(1, [2, 3]), [1, (2, 3)]]:
    match v:
        case (1, [2, x]):
            print("nested", x)
