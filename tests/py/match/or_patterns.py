# Or-patterns: alternatives tried left to right; every alternative binds the same names.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [x, 0] | [0, x]:
            return f"pair with a zero and {x}"
        case {"k": v} | [v, "k"]:
            return f"k -> {v}"
        case (a, b) | {"a": a, "b": b} | [a, b, _]:
            return f"a={a} b={b}"
        case int() | float():
            return "number"
        case _:
            return "other"

for v in [1, 3, "b", "c", [5, 0], (0, 6), [0, 0], {"k": 7}, [8, "k"], (1, 2),
          {"b": 2, "a": 1}, [1, 2, 3], 10, 2.5, None]:
    print(repr(v), "->", f(v))

# Alternatives may bind names in a different order.
for v in [(1, "x"), ["y", 2]]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n =", n, "s =", s)

# Nested alternatives.
for v in [[1, "a"], [2, "b"], [1, "c"], [3, "a"]]:
    match v:
        case [(1 | 2) as num, ("a" | "b") as let]:
            print("ok", num, let)
        case _:
            print("no", v)

# The last alternative may be irrefutable.
for v in [1, 2, 99]:
    match v:
        case 1 | 2 | _:
            print("caught", v)

# Or-pattern inside a class pattern.
class P:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a

for v in [P(1), P("two"), P(None)]:
    match v:
        case P(int() | str() as val):
            print("P with", val)
        case P():
            print("P with something else")
