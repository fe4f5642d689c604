# Class patterns with keyword subpatterns: attribute lookups, missing attributes fail.
class Box:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return "Box(%s)" % ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))

def look(b):
    match b:
        case Box(kind="circle", r=r):
            return f"circle r={r}"
        case Box(kind="rect", w=w, h=h) if w == h:
            return f"square {w}"
        case Box(kind="rect", w=w, h=h):
            return f"rect {w}x{h}"
        case Box(kind=kind):
            return f"some {kind}"
        case Box():
            return "a box"
        case object(__class__=cls):
            return f"a {cls.__name__}"

for b in [Box(kind="circle", r=1), Box(kind="rect", w=2, h=2), Box(kind="rect", w=2, h=3),
          Box(kind="rect", w=2), Box(kind="blob"), Box(), 5, "s"]:
    print(b, "->", look(b))

# Properties and __getattr__ are used for the lookups; AttributeError means no match.
class Dyn:
    @property
    def value(self):
        return 10
    def __getattr__(self, name):
        if name == "magic":
            return "abracadabra"
        raise AttributeError(name)

match Dyn():
    case Dyn(value=v, magic=m):
        print("dynamic", v, m)

match Dyn():
    case Dyn(nothing=n):
        print("matched?!")
    case Dyn(value=10):
        print("missing attribute: no match")

# Other exceptions from the lookup propagate.
class Boom:
    @property
    def x(self):
        raise KeyError("boom")

try:
    match Boom():
        case Boom(x=1):
            pass
except KeyError as e:
    print("propagated", repr(e))

# Any type works as the class, including builtins with keywords.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
match "abc":
    case str(upper=u):
        print(u())
