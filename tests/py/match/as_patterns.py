# `pattern as name` binds the subject of the pattern once it matched.
def f(x):
    match x:
        case [1, 2] as whole:
            return ("list", whole)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case {"k": [_, *_] as seq} as mapping:
            return ("seq in map", seq, mapping)
        case str() as s if len(s) > 3:
            return ("long str", s)
        case ((a, b) as inner) as outer:
            return ("nested as", a, b, inner, outer)
        case _ as anything:
            return ("anything", anything)

for v in [[1, 2], (1, 2), 2, {"k": [1]}, {"k": []}, "hello", "hi", (3, 4), 5.5]:
    print(repr(v), "->", f(v))

# `as` with class patterns and star patterns.
class C:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v

match [C(1), C(2), C(3)]:
    case [C(1) as first, *rest] as everything:
        print(first.v, [c.v for c in rest], len(everything))

# The as-name is bound only when the whole case matches.
def g(v):
    match v:
        case [int() as n, "x"]:
            return n
        case _:
            try:
                return n
            except UnboundLocalError:
                return "unbound"

print(g([1, "x"]), g([1, "y"]))
