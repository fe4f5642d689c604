# Capture patterns bind names; `_` binds nothing.
match 42:
    case x:
        print("captured", x)

match [1, 2]:
    case _:
        print("wildcard matched")
try:
    _
except NameError as e:
    print(type(e).__name__, e)

match (1, 2, 3):
    case (a, _, c):
        print(a, c)
try:
    print(_)
except NameError as e:
    print(type(e).__name__, e)

# A capture in a case that does not match is not bound.
def f(v):
    match v:
        case [p, q]:
            return ("pair", p, q)
        case _:
            pass
    try:
        return ("no pair", p)
    except UnboundLocalError as e:
        return (type(e).__name__, str(e))

print(f([1, 2]))
print(f([1, 2, 3]))
print(f("ab"))

# Captures of a failed case stay unbound even when a later element fails.
def g(v):
    match v:
        case [first, 2]:
            pass
        case _:
            pass
    return "first" in locals()

print(g([1, 2]), g([1, 3]))

# The same name may be captured in different cases.
for v in [(1,), [1, 2], {"k": 3}]:
    match v:
        case (n,):
            print("one", n)
        case [_, n]:
            print("two", n)
        case {"k": n}:
            print("map", n)

# Capture rebinds an existing name.
y = "old"
match "new":
    case y:
        pass
print(y)
