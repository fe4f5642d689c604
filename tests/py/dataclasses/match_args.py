# __match_args__ and structural pattern matching with dataclasses.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float = 1.0
    _: KW_ONLY
    color: str = 'black'


def describe(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Circle(Point(x, y), r, color='red'):
            return f'red circle at {x},{y} r={r}'
        case Circle(c, r):
            return f'circle at {c} r={r}'
        case _:
            return 'unknown'


for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 3, color='red'),
          Circle(Point(5, 5)), 42]:
    print(describe(s))
print(Point.__match_args__, Circle.__match_args__)
try:
    match Circle(Point(0, 0)):
        case Circle(a, b, c):
            pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, '__match_args__'))
try:
    match NoMatch(1):
        case NoMatch(a):
            pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class OwnMatch:
    a: int
    b: int
    __match_args__ = ('b',)


print(OwnMatch.__match_args__)
match OwnMatch(1, 2):
    case OwnMatch(v):
        print('matched b =', v)


@dataclass
class WithNonInit:
    a: int
    b: int = field(init=False, default=0)
    c: int = field(kw_only=True, default=0)


print(WithNonInit.__match_args__)


@dataclass
class Child(Point):
    z: int = 0


print(Child.__match_args__)
match Child(1, 2, 3):
    case Child(a, b, c):
        print(a, b, c)
