# break, continue and return inside case bodies; match inside loops, try and with.
def classify(items):
    out = []
    for item in items:
        match item:
            case "stop":
                out.append("stopping")
                break
            case "skip":
                continue
            case int(n) if n < 0:
                out.append("negative")
                continue
            case [*inner]:
                out.append(f"list of {len(inner)}")
            case _:
                out.append(repr(item))
        out.append("|")
    else:
        out.append("no stop")
    return out

print(classify([1, "skip", -5, [1, 2], "x"]))
print(classify([1, "stop", 2]))

def first_pair(seq):
    for x in seq:
        match x:
            case (a, b):
                return a + b
    return None

print(first_pair([1, "ab", (2, 3), (4, 5)]), first_pair([1]))

# while loop with match deciding the state.
state, steps = "start", []
while True:
    match state:
        case "start":
            state = "middle"
        case "middle":
            state = "end"
        case "end":
            steps.append(state)
            break
    steps.append(state)
print(steps)

# try/finally and with inside case bodies.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
        return False

def f(v):
    match v:
        case 1:
            try:
                return "returned from try"
            finally:
                print("finally ran")
        case 2:
            with CM():
                return "returned from with"
        case 3:
            try:
                raise ValueError("inside case")
            except ValueError as e:
                return f"caught {e}"
print(f(1))
print(f(2))
print(f(3))

# Nested matches.
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            match b:
                case 0:
                    return "b zero"
    return "neither"
print(nested(0, 0), nested(0, 1), nested(1, 0), nested(1, 1))

# Match in a generator; yield inside cases.
def gen(values):
    for v in values:
        match v:
            case [a, b]:
                yield a
                yield b
            case str(s):
                yield s.upper()
            case _:
                pass
print(list(gen([[1, 2], "x", 3, (4, 5)])))

# Match inside a comprehension via a helper lambda.
kinds = [(lambda v: "int" if isinstance(v, int) else "other")(v) for v in [1, "a"]]
print(kinds)

# Match in an except handler.
try:
    {}["missing"]
except Exception as exc:
    match exc:
        case KeyError(args=(key,)):
            print("missing key", key)
        case _:
            print("other error")
