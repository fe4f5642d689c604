# With `from __future__ import annotations` every annotation is a string.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    scale: InitVar[int] = 1
    _: KW_ONLY
    tag: str = ''

    def __post_init__(self, scale):
        self.value *= scale


n = Node(2, scale=3, tag='t')
print(n)
print([(f.name, f.type) for f in fields(Node)])
print([(k, v._field_type) for k, v in Node.__dataclass_fields__.items()])
print(Node.__doc__)
print(Node.__init__.__annotations__)
print(Node.__match_args__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    pre: dataclasses.InitVar[str] = ''

    def __post_init__(self, pre):
        if pre:
            print('pre-release', pre)


print(sorted([Version(1, 2), Version(1, 0, 'rc1'), Version(0, 9)]))
print(Version.__doc__, [f.name for f in fields(Version)])
