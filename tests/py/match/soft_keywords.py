# `match`, `case` and `_` stay ordinary names outside match statements.
match = 1
case = 2
_ = 3
print(match, case, _)

def match(*args):
    return ("match called", args)
print(match(1, 2))
print(match (3))
print(match(match)[1][0] is match)

class case:
    match = "attr"
    def __init__(self, v):
        self.v = v
print(case.match, case(5).v)

match: int = 5
print(match)
match = [1, 2, 3]
match[0] = 10
print(match[0], match[1:])
match, case = case, match
print(case[0], match.match)

import types
match = types.SimpleNamespace(x=1)
match.x += 1
print(match.x)

case = {"match": "case"}
print(case["match"])

# A match statement whose subject is the name match, and cases using `case` names.
match = [1, 2]
match match:
    case [case, match]:
        print("case =", case, "match =", match)

match = {"case": "value"}
match match:
    case {"case": case}:
        print(case)

# Names `match` and `case` inside case bodies.
match 0:
    case 0:
        case = "in body"
        match = "also in body"
        print(case, match)

# Loops and comprehensions.
print([match for match in range(3)])
print({case: case for case in "ab"})
for match in range(2):
    print("loop", match)
print((lambda match, case: match + case)(1, 2))

def f(match=1, *, case=2):
    return match, case
print(f(case=5, match=6))

print(list(map(lambda _: _ * 2, [1, 2])))

# match as an expression statement.
match = [0]
match
(match)
print(match)
