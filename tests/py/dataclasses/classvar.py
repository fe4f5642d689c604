# ClassVar annotations (real and string forms) are not fields.
import typing
from typing import ClassVar
import dataclasses
from dataclasses import dataclass, field, fields


@dataclass
class C:
    x: int
    count: ClassVar[int] = 0
    plain: ClassVar = 'p'
    s1: 'ClassVar[int]' = 1
    s2: 'typing.ClassVar[str]' = 's'
    s3: ' ClassVar' = 3
    y: int = 5

    def __post_init__(self):
        C.count += 1


c = C(1)
C(2, 3)
print(c, C.count, C.plain, C.s1, C.s2, C.s3)
print([f.name for f in fields(C)])
print([(n, f._field_type) for n, f in C.__dataclass_fields__.items()])
print(C.__doc__, C.__match_args__)
print(dataclasses.asdict(c), dataclasses.replace(c, y=9))
print(C.__dataclass_fields__['count'].kw_only is dataclasses.MISSING)

try:
    @dataclass
    class BadKw:
        a: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class BadFactory:
        a: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class MutableClassVar:
    registry: ClassVar[list] = []
    a: int = 0


print(MutableClassVar.registry, MutableClassVar())


@dataclass(kw_only=True)
class KwWithClassVar:
    a: int
    cv: ClassVar[int] = 7


print(KwWithClassVar(a=1), KwWithClassVar.cv)


@dataclass
class NotClassVars:
    a: 'classvar' = 1
    b: 'List[int]' = None


print([f._field_type for f in NotClassVars.__dataclass_fields__.values()])


@dataclass
class TypingFields:
    a: typing.List[int] = field(default_factory=list)
    b: typing.Optional[str] = None
    c: typing.Any = None
    d: typing.Dict[str, int] = field(default_factory=dict)


print(TypingFields(), [f.type for f in fields(TypingFields)])
print(TypingFields.__doc__)


@dataclass
class Base:
    shared: ClassVar[int] = 10
    a: int = 1


@dataclass
class Derived(Base):
    b: int = 2


print(Derived(), list(Derived.__dataclass_fields__), Derived.shared)
