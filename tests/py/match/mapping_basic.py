# Mapping patterns.
def m(x):
    match x:
        case {"action": "move", "to": [x0, y0]}:
            return f"move to {x0},{y0}"
        case {"action": "say", "text": str() as text}:
            return f"say {text!r}"
        case {"action": action}:
            return f"unknown action {action!r}"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {None: n, True: t}:
            return f"singleton keys {n} {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"

for v in [{"action": "move", "to": [1, 2]}, {"action": "move", "to": (3, 4), "extra": 1},
          {"action": "say", "text": "hi"}, {"action": "say", "text": 5}, {"action": "jump"},
          {1: "a", 2: "b"}, {1.0: "a", 2: "b", 3: "c"}, {True: "t", None: "n"},
          {None: "n", 1: "t"}, {}, {"other": 1}, [("action", "x")], "action", None]:
    print(repr(v), "->", m(v))

# Keys may be any literal or dotted name.
class K:
    key = "dotted"

match {"dotted": 1, -1: 2, 1 + 2j: 3, b"b": 4}:
    case {K.key: a, -1: b, 1 + 2j: c, b"b": d}:
        print(a, b, c, d)

# A mapping with fewer keys than the pattern fails without looking anything up.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("matched?!")
    case {"a": 1}:
        print("fewer keys")

# Values are matched with subpatterns.
match {"a": [1, 2, 3], "b": {"c": None}}:
    case {"a": [1, *rest], "b": {"c": None}}:
        print("nested", rest)
