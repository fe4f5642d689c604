# bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple match a
# single positional subpattern against the subject itself.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([first, *_]):
            return f"non-empty list starting with {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case frozenset(f):
            return f"frozenset {sorted(f)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], [], (1,), {"k": 1}, {"j": 2},
          frozenset({2, 1}), {3, 1}, None, 1j]:
    print(repr(v), "->", kind(v))

# Subclasses keep the behaviour unless they define __match_args__.
class MyInt(int):
    pass

class Named(int):
    __match_args__ = ("real",)

match MyInt(5):
    case MyInt(v):
        print("subclass", v, type(v).__name__)
match Named(6):
    case Named(r):
        print("match args", r, type(r).__name__)

# int(x) matches bools: isinstance(True, int).
match True:
    case int(x):
        print("int pattern on bool:", x)

# Literal subpatterns.
for v in [0, 1, 2, 1.0]:
    match v:
        case int(0) | int(1):
            print(v, "is int 0 or 1")
        case float(1.0):
            print(v, "is float 1.0")
        case _:
            print(v, "no")

try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match "x":
        case str(a, b, c):
            pass
except TypeError as e:
    print(type(e).__name__, e)
