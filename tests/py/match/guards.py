# Guards: evaluated after the pattern matched and its names were bound.
log = []

def check(label, result):
    log.append(label)
    return result

def f(x):
    match x:
        case [a, b] if check("g1", a > b):
            return "descending"
        case [a, b] if check("g2", a < b):
            return "ascending"
        case [a, b]:
            return "equal"
        case int(n) if n % 2 == 0:
            return "even"
        case int(n) if n % 2:
            return "odd"
        case _ if check("g3", isinstance(x, str)):
            return "string"
        case _:
            return "other"

for v in [[2, 1], [1, 2], [1, 1], 4, 7, "s", 1.5]:
    log.clear()
    print(repr(v), f(v), log)

# A failed guard leaves the captured names bound.
match (1, 2):
    case (p, q) if p > q:
        print("no")
    case _:
        print("guard failed, p and q bound:", p, q)

# Walrus in a guard.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# Guards may use names bound by the pattern in or-patterns.
for v in [(1, 9), [9, 1]]:
    match v:
        case (1, n) | [n, 1] if n > 5:
            print("big partner", n)

# The guard sees globals and locals.
limit = 10
def lim(v):
    match v:
        case int(n) if n > limit:
            return "over"
        case _:
            return "under"
print(lim(11), lim(3))

# Exceptions in a guard propagate.
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)

# A guarded wildcard is not the default.
for v in [1, 2]:
    match v:
        case _ if v == 1:
            print("guarded wildcard", v)
        case _:
            print("default", v)
