import pprint, dataclasses, re
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    color: str = 'red'
    hidden: int = field(default=0, repr=False)
    meta: dict = field(default_factory=dict)

s = Shape('triangle', [Point(0, 0), Point(10, 0), Point(5, 8)], meta={'layer': 3, 'tags': ['a', 'b']})
print(pprint.pformat(s))
print(pprint.pformat(s, width=40))
print(pprint.pformat(s, width=20))
print(pprint.pformat([s, Point(1, 2)], width=50))
print(pprint.pformat({'shape': s}, width=60))
print(pprint.pformat(Point(1, 2), width=5))

@dataclass(repr=False)
class NoRepr:
    a: int = 1
    def __repr__(self):
        return 'NoRepr-custom-repr-which-is-long'
print(pprint.pformat(NoRepr(), width=5))

@dataclass
class Custom:
    a: list
    def __repr__(self):
        return 'Custom<' + str(len(self.a)) + '>'
print(pprint.pformat(Custom(list(range(100))), width=5))

@dataclass
class Empty:
    pass
print(pprint.pformat(Empty(), width=3))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
root.children[0].children.append(root)
print(re.sub(r'id=\d+', 'id=N', pprint.pformat(root, width=30)))
print(pprint.pformat(Point, width=3) == repr(Point))

@dataclass
class Long:
    first_field_name: str = 'value number one'
    second_field_name: tuple = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
print(pprint.pformat(Long()))
print(pprint.pformat(Long(), indent=4, width=30))
print(pprint.pformat(Long(), depth=1, width=30))
print(pprint.pformat([[Long()]], depth=2, width=30))
