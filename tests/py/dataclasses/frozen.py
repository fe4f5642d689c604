# frozen=True: FrozenInstanceError, inheritance checks, __setattr__/__delattr__.
from dataclasses import dataclass, field, FrozenInstanceError, replace


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)


p = P(1, 2)
print(p, p.z)
for stmt in ['p.x = 5', 'p.new = 1', 'del p.x', 'del p.new', 'setattr(p, "y", 3)']:
    try:
        exec(stmt)
    except FrozenInstanceError as e:
        print(stmt, '->', type(e).__name__, e, isinstance(e, AttributeError), e.args)
print(p)
p.z.append(1)
print(p)
object.__setattr__(p, 'x', 100)
print(p, p.x)
print(P.__setattr__.__qualname__, P.__delattr__.__qualname__)
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__[1:3])
print(P.__doc__)
print(replace(p, x=9))


@dataclass(frozen=True)
class Q(P):
    w: int = 5


q = Q(1)
print(q)
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class R(P):
        pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mutable:
    a: int


try:
    @dataclass(frozen=True)
    class S(Mutable):
        b: int = 0
except TypeError as e:
    print(type(e).__name__, e)


class PlainBase:
    pass


@dataclass(frozen=True)
class T(PlainBase):
    a: int


print(T(3))


class Sub(P):
    pass


s = Sub(1)
try:
    s.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
s.extra = 'ok'
print(s.extra, s)
try:
    del s.extra
    print('deleted', hasattr(s, 'extra'))
except FrozenInstanceError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class U:
        a: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class U2:
        a: int

        def __delattr__(self, name):
            pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Post:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 10)


print(Post(2))


@dataclass(frozen=True)
class BadPost:
    a: int

    def __post_init__(self):
        self.a = 1


try:
    BadPost(1)
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class NoFields:
    pass


nf = NoFields()
try:
    nf.anything = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(nf) == hash(()), NoFields.__dataclass_params__)
