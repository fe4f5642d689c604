# Generated __repr__: nesting, recursion guard, qualname, field repr flags.
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    next: 'Node' = None


a = Node(1)
b = Node(2, a)
a.next = b
print(a)
print(b)
print([a, b])
c = Node(3)
c.next = c
print(c, repr(c))


@dataclass
class Box:
    items: list = field(default_factory=list)


box = Box()
box.items.append(box)
box.items.append(Box([1]))
print(box)
d = {'box': box}
print(d)


@dataclass
class Pair:
    left: object
    right: object


shared = Node(7)
print(Pair(shared, shared))
p = Pair(None, None)
q = Pair(p, p)
p.left = q
print(p)
print(q)


class Container:
    @dataclass
    class Entry:
        key: str
        value: float = field(default=0.0, repr=False)


print(Container.Entry('k', 1.5))


@dataclass
class Strs:
    s: str
    b: bytes
    f: float
    t: tuple
    n: None = None


print(Strs("it's", b'\x00x', 1e100, (1,)))


@dataclass
class Custom:
    x: int

    def __str__(self):
        return 'custom str'


print(Custom(1), str(Custom(1)), repr(Custom(1)), f'{Custom(2)!r}', f'{Custom(2)}')


class Sub(Node):
    pass


print(Sub(1, Node(2)))


class Meta(type):
    pass


@dataclass
class Renamed:
    a: int


Renamed.__qualname__ = 'Other.Name'
print(Renamed(1))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__wrapped__.__name__)


@dataclass
class RaisesInRepr:
    x: object


class Bad:
    def __repr__(self):
        raise ValueError('bad repr')


r = RaisesInRepr(Bad())
for _ in range(2):
    try:
        repr(r)
    except ValueError as e:
        print(type(e).__name__, e)
r.x = 5
print(r)


@dataclass
class Deep:
    child: object = None


top = Deep()
cur = top
for i in range(5):
    cur.child = Deep()
    cur = cur.child
print(top)
