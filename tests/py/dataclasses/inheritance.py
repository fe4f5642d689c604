# Inheritance: field order, overriding defaults, non-dataclass bases, errors.
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 10


@dataclass
class Child(Base):
    z: int = 20
    x: int = 5


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
print(Child.__doc__)
print(Child.__match_args__, Child.__dataclass_fields__['x'].default)
print(Base.__dataclass_fields__['x'].default is not Child.__dataclass_fields__['x'].default)

try:
    @dataclass
    class Bad(Base):
        w: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Bad2:
        a: int = 1
        b: str
except TypeError as e:
    print(type(e).__name__, e)


class NotDC(Base):
    extra: int = 99


@dataclass
class GrandChild(NotDC):
    g: int = 0


print(GrandChild(1), [f.name for f in fields(GrandChild)])


@dataclass
class Diamond1(Base):
    a: int = 1


@dataclass
class Diamond2(Base):
    b: int = 2


@dataclass
class Diamond(Diamond1, Diamond2):
    c: int = 3


print(Diamond(0), [f.name for f in fields(Diamond)])
print(Diamond.__doc__)


@dataclass
class Override(Base):
    y: str = 'changed'


print(Override(1), Override.__dataclass_fields__['y'].type)


@dataclass
class Post(Base):
    def __post_init__(self):
        print('Post.__post_init__', self)


Post(1)


@dataclass
class PostChild(Post):
    q: int = 0

    def __post_init__(self):
        super().__post_init__()
        print('PostChild.__post_init__', self.q)


PostChild(1, q=4)


@dataclass(repr=False)
class Sub(Base):
    s: int = 0


print(Sub(1), Sub.__repr__ is Base.__repr__)


@dataclass
class Sub2(Base):
    s: int = 0


print(Sub2(1) == Base(1), Base(1) == Sub2(1), Sub2(1) == Sub2(1))


class Mixin:
    def describe(self):
        return f'{type(self).__name__} with {len(fields(self))} fields'


@dataclass
class WithMixin(Mixin, Base):
    m: str = 'm'


print(WithMixin(3).describe(), WithMixin(3))


@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0
    inner: 'Outer.Inner' = None


print(Outer(Outer.Inner(5)), Outer.Inner.__qualname__, Outer.Inner.__init__.__qualname__)


def factory():
    @dataclass
    class Local:
        a: int
    return Local


L = factory()
print(L(1), L.__qualname__, L.__init__.__qualname__, L.__repr__.__qualname__)
print(Child.__init__ is not Base.__init__, Child.__eq__.__qualname__)

class OwnInit(Base):
    def __init__(self):
        super().__init__(7)


@dataclass
class AfterOwn(OwnInit):
    k: int = 1


print(AfterOwn(1, 2, 3))


@dataclass(init=False)
class KeepInit(OwnInit):
    k: int = 1


print(KeepInit())
print(KeepInit.__doc__)
