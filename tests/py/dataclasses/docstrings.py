# The generated __doc__ is the class name plus its constructor's signature.
import collections
import typing
from dataclasses import dataclass, field, InitVar, KW_ONLY


class Foo:
    pass


class mytyping:
    class X:
        pass


@dataclass
class A:
    a: collections.OrderedDict = None
    b: Foo = None
    c: None = None
    d: typing.Callable[[int], str] = None
    e: typing.Union[int, Foo] = None
    f: typing.Optional[typing.List[int]] = None
    g: list[typing.Any] = None
    h: dict[str, Foo] = None
    i: type = None
    j: mytyping.X = None
    k: int | None = None
    l: 3 = None
    m: typing.Tuple[int, ...] = ()
    n: 'Foo' = None
    o: float = float('inf')
    p: object = Foo


print(A.__doc__)


@dataclass
class B:
    x: int
    y: 'str' = 'a'
    z: list = field(default_factory=list)
    w: InitVar[int] = 3
    _: KW_ONLY
    k: typing.List[int] = None
    q: 'B' = None


print(B.__doc__)


@dataclass(init=False)
class NoInit:
    x: int


print(NoInit.__doc__)


class Base:
    def __init__(self, a, *args, b=2, **kw):
        pass


@dataclass(init=False)
class InheritsInit(Base):
    x: int


print(InheritsInit.__doc__)


@dataclass
class OwnInit:
    x: int

    def __init__(self, a: int = 1, /, b=2, *, c: 'str', d=None) -> None:
        pass


print(OwnInit.__doc__)


@dataclass
class OwnInitRet:
    x: int

    def __init__(self, a: typing.Any) -> int:
        pass


print(OwnInitRet.__doc__)


@dataclass(init=False)
class WithNew:
    x: int

    def __new__(cls, a, b=(1, 'two')):
        return object.__new__(cls)


print(WithNew.__doc__)


class Meta(type):
    def __call__(cls, q, *rest):
        return super().__call__()


@dataclass
class WithMeta(metaclass=Meta):
    x: int = 0


print(WithMeta.__doc__)


@dataclass
class Doc:
    "Explicit."
    x: int


print(Doc.__doc__)


@dataclass(init=False)
class Exc(Exception):
    x: int = 0


print(Exc.__doc__)


@dataclass
class DictSub(dict):
    x: int = 0


print(DictSub.__doc__)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: str = 'b'


print(AllKw.__doc__)


@dataclass
class Strs:
    s: str = 'quote\'s'
    b: bytes = b'\xff'
    t: tuple = (1, (2,))
    n: frozenset = frozenset()


print(Strs.__doc__)
