# Value patterns: dotted names are looked up and compared with ==.
import types

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3

ns = types.SimpleNamespace(inner=types.SimpleNamespace(answer=42), name="ns")

def describe(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case ns.inner.answer:
            return "the answer"
        case ns.name:
            return "ns name"
        case _:
            return "unknown"

for v in ["red", "green", 3, 3.0, 42, "ns", "blue", None]:
    print(repr(v), describe(v))

# The value is looked up each time the pattern is tried.
Color.RED = "crimson"
print(describe("crimson"), describe("red"))

# The subject's __eq__ runs first (subject == value).
log = []
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append((self.name, "eq", getattr(other, "name", other)))
        return NotImplemented
    __hash__ = object.__hash__

consts = types.SimpleNamespace(V=Loud("value"))
match Loud("subject"):
    case consts.V:
        print("matched")
    case _:
        print("no match")
print(log)

# A missing attribute raises.
try:
    match 1:
        case Color.PURPLE:
            pass
except AttributeError as e:
    print(type(e).__name__, e)
