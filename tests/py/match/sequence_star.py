# Star patterns in sequences.
def parts(x):
    match x:
        case [*init, "last"]:
            return ("ends with last", init)
        case ["first", *rest]:
            return ("first then", rest)
        case [a, *mid, b] if len(mid) > 1:
            return ("ends", a, mid, b)
        case [a, *_, b]:
            return ("short ends", a, b)
        case [*everything]:
            return ("all", everything)

for v in [["first"], ["first", 1, 2], ("x", "last"), ["last"], [1, 2, 3, 4], (1, 2, 3),
          [1, 2], [1], [], range(5), "no"]:
    print(repr(v), "->", parts(v))

# The star binds a list, whatever the subject.
for v in [(1, 2, 3), range(3), [1, 2, 3]]:
    match v:
        case [first, *rest]:
            print(type(rest).__name__, first, rest)

# Star wildcards.
for v in [[], [1], [1, 2], [1, 2, 3]]:
    match v:
        case [_, _, *_]:
            print(v, "at least two")
        case [*_]:
            print(v, "any sequence")

match (1, 2, 3, 4, 5):
    case (*_, 4, last):
        print("last two", last)
match (1, 2, 3, 4, 5):
    case 1, *_, 5 if False:
        pass
    case 1, *middle, 5:
        print("middle", middle)
