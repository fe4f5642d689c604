# Names bound by patterns follow the normal scoping rules.
def local_capture(v):
    match v:
        case [a, *b]:
            pass
    return a, b

print(local_capture([1, 2, 3]))

g = "global before"
def global_capture(v):
    global g
    match v:
        case g:
            pass
print(g)
global_capture("global after")
print(g)

def outer():
    n = "outer before"
    def inner(v):
        nonlocal n
        match v:
            case {"n": n}:
                pass
    inner({"n": "outer after"})
    return n
print(outer())

# Closures over pattern names.
def make(v):
    match v:
        case (x, y):
            return lambda: x + y
print(make((1, 2))())

# Class bodies.
class K:
    match ("a", "b"):
        case (first, second):
            pass
    both = first + second
print(K.first, K.second, K.both)

# Module level: captured names become globals.
match {"mod": 1}:
    case {"mod": module_level}:
        pass
print("module_level" in globals(), module_level)

# Comprehensions inside case bodies and guards.
match [1, 2, 3]:
    case [*xs] if all(x > 0 for x in xs):
        print([x * x for x in xs])

# Name mangling in classes applies to captures.
class Mangle:
    def m(self, v):
        match v:
            case __private:
                return locals()
print(sorted(Mangle().m(1)))
