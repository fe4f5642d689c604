# dataclasses together with typing: Generic, TypeVar, Optional, NamedTuple, Final.
from dataclasses import dataclass, field, fields, asdict
from typing import Generic, TypeVar, ClassVar, Optional, List
import typing
T = TypeVar('T')
@dataclass
class Box(Generic[T]):
    item: T
    items: List[T] = field(default_factory=list)
b = Box[int](1)
print(b, Box.__doc__, fields(Box)[0].type, Box.__parameters__)
print(Box[int].__origin__ is Box)
@dataclass(frozen=True)
class Pair(Generic[T]):
    a: T
    b: Optional[T] = None
print(Pair('x'), hash(Pair(1)) == hash((1, None)), Pair.__doc__)
print(typing.get_type_hints(Pair))
class P(typing.NamedTuple):
    x: int
    y: int
@dataclass
class HasNT:
    p: P
print(asdict(HasNT(P(1, 2))))
@dataclass
class Proto:
    x: 'typing.ClassVar[int]' = 3
    y: typing.Final[int] = 4
print(Proto(), Proto.__doc__)
