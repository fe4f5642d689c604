# auto() and _generate_next_value_ for the different enum kinds.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()


print(list(A), [m.value for m in A])


class B(Enum):
    X = 10
    Y = auto()
    Z = 5
    W = auto()


print(list(B))


class C(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(list(C), C.ELEVEN + 1)


class S(StrEnum):
    ALPHA = auto()
    Beta = auto()
    GAMMA_DELTA = auto()
    OTHER = 'Other'


print(list(S), [str(s) for s in S])


class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = auto()


print(list(F), [m.value for m in F])


class IF(IntFlag):
    A = auto()
    B = 8
    C = auto()


print(list(IF), [int(m) for m in IF])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()


print(list(Named))


class Tuples(Enum):
    A = auto(), 'a'
    B = auto(), 'b'


print(list(Tuples))
print(repr(auto()), repr(auto(5)))
a = auto()
print(type(a).__name__, a.value)

try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 0
except Exception as e:
    print(type(e).__name__, e)


class Explicit(Enum):
    A = auto(7)
    B = auto()


print(list(Explicit))


class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100


class Derived(Base):
    P = auto()
    Q = auto()


print(list(Derived))


class StrStart(Enum):
    A = 'x'
    B = auto()


show('strstart', lambda: list(StrStart))


class Neg(Enum):
    A = -5
    B = auto()


print(list(Neg))


class Same(Enum):
    A = auto()
    B = 1
    C = auto()


print(list(Same), Same.B is Same.A, Same.__members__)
show('flag bad', lambda: Flag('Bad', [('A', 'x')]))
