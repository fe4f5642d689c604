# KW_ONLY sentinel, kw_only=True, field(kw_only=...).
from dataclasses import dataclass, field, fields, KW_ONLY
import dataclasses


@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0


print(A(1, y=2), A(1, y=2, z=3))
print(A.__doc__, A.__match_args__, [f.name for f in fields(A)], [f.kw_only for f in fields(A)])
for args, kw in [((1, 2), {}), ((1,), {}), ((), {'y': 1})]:
    try:
        A(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(A.__init__.__kwdefaults__)
print('_' in A.__dataclass_fields__, A.__annotations__['_'] is KW_ONLY)


@dataclass(kw_only=True)
class B:
    a: int = 1
    b: int
    c: int = field(kw_only=False, default=5)


print(B(b=2), B(7, b=3), B.__doc__, B.__match_args__)


@dataclass
class Mixed:
    a: int = field(kw_only=True)
    b: int = 0
    c: int = field(default=1, kw_only=True)
    d: int = 2


print(Mixed(1, 2, a=3), Mixed.__doc__, Mixed.__match_args__)


@dataclass
class Base:
    x: int = 0
    _: KW_ONLY
    y: int = 1


try:
    @dataclass
    class BadDerived(Base):
        z: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Derived(Base):
    z: int = field(kw_only=True)
    v: int = 4
    w: int = field(default=3, kw_only=True)


print(Derived(5, z=1), Derived(5, 6, y=7, w=8, z=2), Derived.__doc__)
print(Derived.__match_args__)

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class StrKw:
    a: int
    _: 'KW_ONLY'
    b: int = 1


print(StrKw(1, b=2), StrKw.__doc__)


@dataclass
class StrKw2:
    a: int
    _: 'dataclasses.KW_ONLY'
    b: int


print(StrKw2(1, b=2), StrKw2.__doc__)


@dataclass(kw_only=True, frozen=True)
class Frozen:
    a: int
    b: int = 0


print(Frozen(a=1), dataclasses.replace(Frozen(a=1), b=3))
try:
    Frozen(1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class BadOrder:
        a: int = 1
        _: KW_ONLY
        b: int
        c: int = 2
        d: int = field(kw_only=False)
except TypeError as e:
    print(type(e).__name__, e)
print(KW_ONLY is dataclasses.KW_ONLY, type(KW_ONLY).__name__)
