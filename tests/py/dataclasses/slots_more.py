# slots=True edge cases: class re-creation side effects, super(), descriptors, sizes.
from dataclasses import dataclass, field, fields
import dataclasses


class Tracker:
    def __init_subclass__(cls, **kw):
        print('__init_subclass__', cls.__name__, sorted(cls.__dict__.get('__slots__', ())))
        super().__init_subclass__(**kw)


@dataclass(slots=True)
class T(Tracker):
    a: int
    b: int = 2


print(T(1), T.__slots__, T.__mro__[1].__name__)


class Named:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)

    def __get__(self, obj, cls=None):
        return 'named'


@dataclass(slots=True)
class WithDesc:
    a: int
    d = Named()


print(WithDesc(1).d, WithDesc.__slots__)


@dataclass(slots=True)
class UsesSuper:
    a: int

    def method(self):
        return type(self).__name__

    def broken(self):
        return super().__repr__()


u = UsesSuper(5)
print(u.method())
try:
    print(u.broken())
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Post:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a + 1


print(Post(1), Post.__slots__)
try:
    Post(1).c = 0
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Empty:
    pass


print(Empty(), Empty.__slots__, hasattr(Empty(), '__dict__'))
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Unset:
    a: int = field(init=False)
    b: int = 0


uu = Unset()
try:
    uu.a
except AttributeError as e:
    print(type(e).__name__, e)
uu.a = 7
print(uu)


class StrSlots:
    __slots__ = 'base'


@dataclass(slots=True)
class FromStrSlots(StrSlots):
    base: int = 0
    more: int = 1


print(FromStrSlots(), FromStrSlots.__slots__)


class IterSlots:
    __slots__ = iter(('q',))


try:
    @dataclass(slots=True)
    class FromIter(IterSlots):
        x: int
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int

    def __getstate__(self):
        return 'custom'


print(FrozenSlots(1).__getstate__(), FrozenSlots.__setstate__.__name__)
member = FrozenSlots.__dict__['a']
print(type(member).__name__, member.__name__, member.__get__(FrozenSlots(3)))
try:
    member.__set__(FrozenSlots(1), 5)
    print('set through descriptor ok')
except AttributeError as e:
    print(type(e).__name__, e)
fs = FrozenSlots(1)
member.__set__(fs, 9)
print(fs)


@dataclass(slots=True)
class Gen:
    items: list[int] = field(default_factory=list)


g = Gen()
g.items.append(1)
print(g, Gen(), dataclasses.is_dataclass(Gen), Gen.__dataclass_fields__['items'].default_factory)


@dataclass(frozen=True, slots=True)
class FrozenSlots2:
    a: int


fs2 = FrozenSlots2(1)
for stmt in ['fs2.b = 1', 'fs2.a = 2', 'del fs2.a', 'del fs2.b']:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(FrozenSlots2.__setattr__.__qualname__, FrozenSlots2.__init__.__qualname__)
