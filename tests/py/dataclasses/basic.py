# Basic @dataclass behaviour: __init__, __repr__, __eq__, defaults, docs.
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p)
print(repr(p), str(p))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), p.__eq__((1, 2)))
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__name__, Point.__init__.__module__)
print(Point.__init__.__annotations__)
print(Point.__hash__)
print(Point(x=3, y=4), Point(5, y=6))
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1, 2), {'z': 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass()
class Defaults:
    a: int
    b: str = 'hello'
    c: float = 1.5
    d: tuple = ()
    e: object = None


print(Defaults(1))
print(Defaults(1, 'x', 2.0, (1,), e=[1]))
print(Defaults.b, Defaults.c, Defaults.d, Defaults.e)
print(Defaults.__doc__)
print(Defaults.__init__.__defaults__)
print('a' in Defaults.__dict__, 'b' in Defaults.__dict__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)
print(fields(Empty))


@dataclass
class Documented:
    """My doc."""
    v: int = 0


print(Documented.__doc__, Documented())
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int), is_dataclass(Point.__init__))


class Plain:
    x: int = 3


print(is_dataclass(Plain))
D = dataclass(Plain)
print(D is Plain, D(), D(7), is_dataclass(Plain))


@dataclass
class SelfField:
    self: int
    other: int = 2


print(SelfField(1), SelfField(self=5))
print(SelfField.__doc__)


@dataclass
class WithMethods:
    a: int
    b: int = 10

    def total(self):
        return self.a + self.b

    def __repr__(self):
        return f'<WM {self.a}>'

    def __eq__(self, other):
        return 'custom'


w = WithMethods(1)
print(w, w.total(), w == w, WithMethods.__hash__)


@dataclass(repr=False, eq=False, init=True)
class Bare:
    a: int


b = Bare(3)
print(b.a, type(b).__repr__ is object.__repr__, b == Bare(3), b == b, type(hash(b)).__name__)


@dataclass(init=False)
class NoInit:
    a: int = 1


n = NoInit()
print(n, NoInit.__init__ is object.__init__)
try:
    NoInit(2)
except TypeError as e:
    print(type(e).__name__, e)

print(Point.__dataclass_params__)
print(Bare.__dataclass_params__)
print(list(Point.__dataclass_fields__))
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(Plain())
except TypeError as e:
    print(type(e).__name__, e)
