# order=True comparisons and eq details.
from dataclasses import dataclass, field
import functools


@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [V(1, 2, 'a'), V(0, 5), V(1, 0, 'z'), V(1, 2, 'b')]
print(sorted(vs))
print(V(1) < V(2), V(1) <= V(1), V(2) > V(1, 9), V(1, 1) >= V(1, 1), V(1, 2, 'x') == V(1, 2, 'y'))
print(max(vs), min(vs))
print(V.__lt__.__qualname__, V.__ge__.__qualname__)
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'V(1) {op} (1, 0)')
    except TypeError as e:
        print(type(e).__name__, e)
print(V(1).__lt__((1,)), V(1).__eq__(5))
print(V(1) == 1, V(1) != 1)


@dataclass(order=True)
class W(V):
    pass


try:
    V(1) < W(1)
except TypeError as e:
    print(type(e).__name__, e)
print(V(1) == W(1), W(1) == W(1), W(1) < W(2))

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class Bad2:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class Bad3:
        a: int
        __ge__ = None
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class NoFields:
    x: int = field(default=0, compare=False)


print(NoFields(1) == NoFields(2), NoFields(1) < NoFields(2), NoFields(1) <= NoFields(2))


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), i == i, '__eq__' in Identity.__dict__, Identity.__hash__ is object.__hash__)


@dataclass
class Mixed:
    a: int
    b: list


print(Mixed(1, [1]) == Mixed(1, [1]), Mixed(1, [1]) == Mixed(1, [2]))


class Weird:
    def __eq__(self, other):
        print('Weird.__eq__ called')
        return True


print(Mixed(1, Weird()) == Mixed(1, Weird()))
nan = float('nan')
print(Mixed(1, nan) == Mixed(1, nan))


@functools.total_ordering
@dataclass
class TO:
    a: int

    def __lt__(self, other):
        return self.a < other.a


print(TO(1) < TO(2), TO(3) >= TO(2), TO(1) > TO(2))
try:
    V(1) < V('x')
except TypeError as e:
    print(type(e).__name__, e)
