# The subject is evaluated once; tuple and starred subjects.
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2, 3]

match subject():
    case [9]:
        pass
    case [8, _]:
        pass
    case (9, _, _):
        pass
    case [*_, 3]:
        print("matched after several cases")
print("subject evaluated", calls, "time(s)")

a, b = 1, 2
match a, b:
    case 1, 2:
        print("tuple subject")
match a, :
    case (x,):
        print("one-tuple subject", x)
rest = [3, 4]
match a, *rest:
    case [1, 3, 4] as t:
        print("starred subject", t, type(t).__name__)

# Walrus in the subject.
match (n := 10):
    case 10:
        print("walrus subject", n)

# Subjects that are expressions of every kind.
match not a:
    case False:
        print("not a")
match -a:
    case -1:
        print("negative subject")
match [x * 2 for x in range(3)]:
    case [0, 2, 4]:
        print("comprehension subject")
match lambda: 0:
    case f if callable(f):
        print("lambda subject")
match a if b else None:
    case 1:
        print("conditional subject")
match {"k": "v"}["k"]:
    case "v":
        print("subscript subject")
match ...:
    case x if x is Ellipsis:
        print("ellipsis subject")

# A match with no matching case does nothing.
match 5:
    case 6:
        print("no")
print("after no match")
