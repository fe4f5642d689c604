# The order of the operations a match performs, seen through logging special methods.
log = []

class Seq(list):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)
    def __iter__(self):
        log.append("iter")
        return super().__iter__()

def run(pattern_name, fn, subject):
    log.clear()
    try:
        result = fn(subject)
    except Exception as e:
        result = type(e).__name__
    print(pattern_name, result, log)

def exact(s):
    match s:
        case [a, b, c]:
            return (a, b, c)

def star(s):
    match s:
        case [a, *rest]:
            return (a, rest)

def star_wild(s):
    match s:
        case [a, *_, b, c]:
            return (a, b, c)

def only_wild(s):
    match s:
        case [_, _, _]:
            return "three"

def short(s):
    match s:
        case [a, b]:
            return "two"

run("exact", exact, Seq([1, 2, 3]))
run("star", star, Seq([1, 2, 3]))
run("star_wild", star_wild, Seq([1, 2, 3, 4, 5]))
run("only_wild", only_wild, Seq([1, 2, 3]))
run("short", short, Seq([1, 2, 3]))

class Map(dict):
    def get(self, key, default=None):
        log.append(f"get {key!r}")
        return super().get(key, default)
    def keys(self):
        log.append("keys")
        return super().keys()
    def __getitem__(self, key):
        log.append(f"getitem {key!r}")
        return super().__getitem__(key)
    def __len__(self):
        log.append("len")
        return super().__len__()

def mapping(m):
    match m:
        case {"x": 1, "y": y}:
            return y

def mapping_rest(m):
    match m:
        case {"x": x, **rest}:
            return (x, rest)

def mapping_missing(m):
    match m:
        case {"nope": _, "x": _}:
            return "?"

run("mapping", mapping, Map(x=1, y=2))
run("mapping_rest", mapping_rest, Map(x=1, y=2))
run("mapping_missing", mapping_missing, Map(x=1, y=2))

class Obj:
    __match_args__ = ("a", "b")
    def __getattribute__(self, name):
        log.append(f"getattr {name}")
        return object.__getattribute__(self, name)
    a = 1
    b = 2
    c = 3

def cls_pat(o):
    match o:
        case Obj(1, b, c=c):
            return (b, c)

def cls_fail(o):
    match o:
        case Obj(9, b):
            return b

run("class", cls_pat, Obj())
run("class_fail", cls_fail, Obj())

class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append(f"{self.name}.__eq__")
        return NotImplemented

class Vals:
    A = Eq("value")

def value(s):
    match s:
        case Vals.A:
            return "eq"
        case 1:
            return "one"

run("value", value, Eq("subject"))
