# InitVar pseudo-fields and __post_init__.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, replace, asdict


@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        print('post_init scale =', scale)
        self.y = self.x * scale


c = C(3)
print(c, C(3, 5), hasattr(c, 'scale'), C.scale)
print([f.name for f in fields(C)], list(C.__dataclass_fields__))
print(C.__dataclass_fields__['scale']._field_type, C.__dataclass_fields__['y']._field_type)
print(C.__doc__)
print(C.__match_args__)
print(InitVar[int], InitVar[str].type, InitVar[list[int]], InitVar('abc'), type(InitVar[int]).__name__)
print(InitVar.__slots__)
try:
    replace(c, x=1)
except Exception as e:
    print(type(e).__name__, e)
print(replace(c, x=1, scale=3))
print(asdict(c))


@dataclass
class NoDefault:
    a: InitVar[int]
    b: int = 0

    def __post_init__(self, a):
        self.b += a


print(NoDefault(5), NoDefault(5, 1))
try:
    replace(NoDefault(1), b=3)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(NoDefault(1), a=2, b=3))
try:
    NoDefault()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Strs:
    a: 'InitVar[int]'
    b: 'dataclasses.InitVar[int]'
    c: 'int' = 0

    def __post_init__(self, a, b):
        self.c = a + b


s = Strs(1, 2)
print(s, [f._field_type for f in Strs.__dataclass_fields__.values()])


@dataclass
class NotInitVars:
    a: 'initvar[int]' = 0
    b: 'foo.InitVar' = 1
    c: ' InitVar [int]' = 2


print(NotInitVars(), [f._field_type for f in NotInitVars.__dataclass_fields__.values()])

try:
    @dataclass
    class BadFactory:
        a: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class NoPost:
    a: InitVar[int] = 0
    b: int = 1


print(NoPost(5), NoPost.__init__.__annotations__)


@dataclass
class Base:
    x: int
    k: InitVar[int] = 1

    def __post_init__(self, k):
        print('Base post', k)


@dataclass
class Derived(Base):
    z: InitVar[str] = 'zz'

    def __post_init__(self, k, z):
        print('Derived post', k, z)
        super().__post_init__(k)


print(Derived(1, 2, 'q'))


@dataclass
class PostOnly:
    a: int

    def __post_init__(self):
        print('called with', self.a)
        self.a *= 2


print(PostOnly(21))


@dataclass
class PostError:
    a: int

    def __post_init__(self):
        if self.a < 0:
            raise ValueError(f'negative: {self.a}')


try:
    PostError(-1)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class InitVarMutable:
    a: InitVar[list] = None

    def __post_init__(self, a):
        print('a is', a)


InitVarMutable([1])


@dataclass
class NoInitWithPost:
    a: int = 1

    def __post_init__(self):
        print('never')


@dataclass(init=False)
class NoInitCls(NoInitWithPost):
    pass


print(NoInitCls())


class PostAttr:
    __post_init__ = None


@dataclass
class WeirdPost(PostAttr):
    a: int = 0


try:
    WeirdPost()
except TypeError as e:
    print(type(e).__name__, e)
