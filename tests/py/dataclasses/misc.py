# Miscellaneous: abstract methods, __future__-style string annotations, __set_name__,
# descriptors as defaults, class attributes, __dataclass_fields__ contents, copy/pickle-like use.
import abc
import copy
import dataclasses
from dataclasses import dataclass, field, fields, MISSING, InitVar


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


print(Square(2), Square(2).area(), sorted(Square.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class StringAnns:
    a: 'int'
    b: 'list[int]' = None
    c: 'InitVar[int]' = 0
    d: 'dataclasses.InitVar[str]' = ''
    e: 'InitVar' = None


print(StringAnns.__doc__)
print([(n, f._field_type) for n, f in StringAnns.__dataclass_fields__.items()])
print(StringAnns.__annotations__)
print(fields(StringAnns)[0].type, type(fields(StringAnns)[0].type).__name__)

x = StringAnns(1)
y = copy.copy(x)
z = copy.deepcopy(StringAnns(1, [1, 2]))
print(y == x, y is not x, z)

fs = StringAnns.__dataclass_fields__
print(type(fs).__name__, list(fs))
print(dataclasses.MISSING is MISSING, type(MISSING).__name__, repr(dataclasses._HAS_DEFAULT_FACTORY))
print(sorted(dataclasses.__all__))


@dataclass
class ClassLevel:
    count = 0          # not annotated: not a field
    a: int = 1

    def __post_init__(self):
        type(self).count += 1


ClassLevel()
ClassLevel()
print(ClassLevel.count, [f.name for f in fields(ClassLevel)], ClassLevel())


@dataclass
class Prop:
    _v: int = 0

    @property
    def v(self):
        return self._v * 10


print(Prop(3).v, Prop(3))


@dataclass
class WithStatic:
    a: int = 0

    @staticmethod
    def make():
        return WithStatic(9)

    @classmethod
    def build(cls, n):
        return cls(n)


print(WithStatic.make(), WithStatic.build(4))


@dataclass
class Big:
    f0: int = 0
    f1: int = 1
    f2: int = 2
    f3: int = 3
    f4: int = 4
    f5: int = 5
    f6: int = 6
    f7: int = 7
    f8: int = 8
    f9: int = 9


print(Big(), Big(9, 8) == Big(9, 8, 2), len(fields(Big)))


@dataclass
class Names:
    MISSING: int = 1
    _HAS_DEFAULT_FACTORY: int = 2
    object: int = 3
    cls: int = 4
    other: int = 5
    name: str = 'n'
    value: str = 'v'


print(Names(), Names(0, 0, 0, 0, 0) == Names(0, 0, 0, 0, 0, 'n', 'v'))


@dataclass(frozen=True)
class FrozenNames:
    name: str = 'n'
    value: str = 'v'
    cls: int = 1


fn = FrozenNames()
print(fn)
try:
    fn.name = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class GenericLike:
    items: list[int] = field(default_factory=list)
    mapping: dict[str, int] = field(default_factory=dict)


print(GenericLike(), GenericLike.__doc__)
print(dataclasses.Field.__name__, dataclasses.FrozenInstanceError.__name__, dataclasses.InitVar.__name__)


@dataclass
class HasDocAttr:
    a: int


HasDocAttr.__doc__ = None
print(HasDocAttr.__doc__)


class Meta(type):
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', args, kwargs)
        return super().__call__(*args, **kwargs)


@dataclass
class WithMeta(metaclass=Meta):
    a: int = 0


print(WithMeta(5), WithMeta.__doc__)


class NewBase:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)


@dataclass
class WithNew(NewBase):
    q: int = 0


print(WithNew(2), WithNew.__doc__)


@dataclass(init=False)
class OnlyNew(NewBase):
    q: int = 0


print(OnlyNew.__doc__)


@dataclass(init=False)
class IntSub(int):
    q: int = 0


print(IntSub.__doc__, IntSub(5) + 1)
