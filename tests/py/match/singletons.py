# None/True/False compare with `is`; number literals compare with ==.
def which(x):
    match x:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
        case 1:
            return "== 1"
        case 0:
            return "== 0"
        case _:
            return "other"

for v in [True, False, None, 1, 0, 1.0, 0.0, 1 + 0j, -0.0, 2]:
    print(repr(v), which(v))

def one(x):
    match x:
        case 1:
            return "== 1"
        case _:
            return "not 1"

for v in [1, True, 1.0, 1 + 0j, "1", [1], 2, False]:
    print(repr(v), one(v))

class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "AlwaysEqual()"

a = AlwaysEqual()
match a:
    case None:
        print("None matched")
    case 42:
        print("42 matched (== is True)")

match a:
    case True | False | None:
        print("singleton matched")
    case _:
        print("singletons use `is`")

nan = float("nan")
match nan:
    case 0.0:
        print("nan == 0.0")
    case _:
        print("nan matches no number")
