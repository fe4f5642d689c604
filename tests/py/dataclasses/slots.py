# slots=True: a new class with __slots__, member descriptors, weakref_slot.
import weakref
from dataclasses import dataclass, field, fields, FrozenInstanceError, replace, asdict


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1, 2)
print(p, P.__slots__, hasattr(p, '__dict__'), '__dict__' in P.__dict__, '__weakref__' in P.__dict__)
print(type(P.__dict__['x']).__name__, P.x.__name__, P.x.__objclass__ is P, P.__dict__['y'].__get__(p, P))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p, p == P(10, 2), P.__doc__, P.__match_args__)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(P(1))
except TypeError as e:
    print(type(e).__name__, e)
print(P.__qualname__, P.__name__, P.__init__.__qualname__, P.__module__)
print('P' in repr(P), P.__init__.__qualname__, P.__dataclass_params__)
print(fields(P)[1].default, P.__init__.__defaults__)
print(replace(P(1), y=5), asdict(P(3, 4)))


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


w = W(1)
r = weakref.ref(w)
print(W.__slots__, r() is w, hasattr(w, '__dict__'))


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'b'


f = F(1)
print(f, hash(f) == hash((1, 'b')), F.__slots__)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(F.__getstate__(f), '__getstate__' in F.__dict__, '__setstate__' in F.__dict__)
g = object.__new__(F)
F.__setstate__(g, [5, 'x'])
print(g)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Child(Base):
    b: int = 0


c = Child(1, 2)
print(c, Child.__slots__, Base.__slots__, hasattr(c, '__dict__'))
try:
    c.zz = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class DictBase:
    a: int


@dataclass(slots=True)
class OnDictBase(DictBase):
    b: int = 0


o = OnDictBase(1)
print(o, OnDictBase.__slots__, hasattr(o, '__dict__'))

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Defaults:
    a: list = field(default_factory=list)
    b: int = field(default=3, init=False)
    c: int = field(default=4, repr=False)


d = Defaults()
print(d, d.b, d.c, Defaults.__slots__, type(Defaults.__dict__['b']).__name__)


@dataclass(slots=True, weakref_slot=True)
class WBase:
    a: int


@dataclass(slots=True, weakref_slot=True)
class WChild(WBase):
    b: int = 0


wc = WChild(1)
print(WChild.__slots__, weakref.ref(wc)() is wc)


class Manual:
    __slots__ = ('m',)


@dataclass(slots=True)
class FromManual(Manual):
    m: int
    n: int = 0


print(FromManual(1), FromManual.__slots__)


@dataclass
class ExistingSlots:
    __slots__ = ('a', 'b')
    a: int
    b: int


e = ExistingSlots(1, 2)
print(e, hasattr(e, '__dict__'), fields(ExistingSlots)[0].default.__class__.__name__)


@dataclass(slots=True, order=True)
class Ordered:
    v: int


print(sorted([Ordered(3), Ordered(1)]), Ordered.__lt__.__qualname__)


@dataclass(slots=True)
class WithInitVar:
    a: int
    b: 'InitVar[int]' = 0


print(WithInitVar.__slots__)
