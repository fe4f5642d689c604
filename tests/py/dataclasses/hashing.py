# __hash__ rules: eq/frozen/unsafe_hash combinations.
from dataclasses import dataclass, field


def show(cls):
    h = cls.__dict__.get('__hash__', 'absent')
    if callable(h):
        h = 'function ' + h.__qualname__
    print(cls.__name__, h)


@dataclass
class A:
    x: int


@dataclass(eq=False)
class B:
    x: int


@dataclass(frozen=True)
class C:
    x: int
    y: str = 'a'


@dataclass(unsafe_hash=True)
class D:
    x: int
    y: list = field(default=None, hash=False)


@dataclass(eq=False, frozen=True)
class E:
    x: int


@dataclass(unsafe_hash=True, eq=False)
class F:
    x: int


@dataclass
class G:
    x: int

    def __hash__(self):
        return 7


@dataclass(frozen=True)
class H:
    x: int

    def __hash__(self):
        return 8


@dataclass
class I:
    x: int
    __hash__ = None


for cls in [A, B, C, D, E, F, G, H, I]:
    show(cls)

try:
    hash(A(1))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(C(1)) == hash((1, 'a')), hash(C(1)) == hash(C(1)), hash(C(1)) == hash(C(2)))
print(hash(D(1, [1])) == hash((1,)), hash(D(1)) == hash(D(1, [2])))
print(hash(F(3)) == hash((3,)), hash(G(1)), hash(H(1)))
print(len({C(1), C(1), C(2)}), len({D(1), D(1, 'x')}))
try:
    hash(I(1))
except TypeError as e:
    print(type(e).__name__, e)
print(type(hash(B(1))).__name__, type(hash(E(1))).__name__)


@dataclass(frozen=True)
class K:
    a: int = field(hash=False)
    b: int = field(compare=False)
    c: int = field(compare=False, hash=True)
    d: int = 0


print(hash(K(1, 2, 3, 4)) == hash((3, 4)), K(1, 2, 3) == K(1, 5, 6))

for kw in [{'unsafe_hash': True}, {'unsafe_hash': True, 'frozen': True}, {'unsafe_hash': True, 'eq': False}]:
    try:
        @dataclass(**kw)
        class J:
            x: int

            def __hash__(self):
                return 1
    except TypeError as e:
        print(kw, type(e).__name__, e)


@dataclass(frozen=True)
class Empty:
    pass


print(hash(Empty()) == hash(()), Empty() == Empty())


class Base:
    def __hash__(self):
        return 99


@dataclass
class Sub(Base):
    x: int


show(Sub)


@dataclass(frozen=True)
class Sub2(Base):
    x: int


print(hash(Sub2(1)) == hash((1,)))


@dataclass(eq=False)
class NoEq(Base):
    x: int


print(hash(NoEq(1)))


@dataclass(unsafe_hash=True)
class Unhashable:
    x: list


try:
    hash(Unhashable([1]))
except TypeError as e:
    print(type(e).__name__, e)
