# an ordinary type-annotated program: annotations are stored, never checked
from __future__ import annotations
from typing import (Dict, List, Optional, Tuple, Iterable, Iterator, Callable, Generic,
                    TypeVar, NamedTuple, TypedDict, Protocol, Union, Any, ClassVar,
                    get_type_hints, cast, TYPE_CHECKING, Sequence, DefaultDict)
from collections import defaultdict

if TYPE_CHECKING:
    from nowhere import Missing  # never imported at runtime

T = TypeVar('T')

class Stack(Generic[T]):
    count: ClassVar[int] = 0

    def __init__(self) -> None:
        self._items: List[T] = []
        Stack.count += 1

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))

    def __len__(self) -> int:
        return len(self._items)

class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 1000.0

class Config(TypedDict, total=False):
    verbose: bool
    level: int

class Greeter(Protocol):
    def greet(self, who: str) -> str: ...

class English:
    def greet(self, who: str) -> str:
        return f'Hello, {who}!'

def group(emps: Iterable[Employee]) -> Dict[str, List[str]]:
    out: DefaultDict[str, List[str]] = defaultdict(list)
    for e in emps:
        out[e.dept].append(e.name)
    return dict(out)

def apply(fn: Callable[[int], int], xs: Sequence[int]) -> List[int]:
    return [fn(x) for x in xs]

def find(xs: List[T], pred: Callable[[T], bool]) -> Optional[T]:
    for x in xs:
        if pred(x):
            return x
    return None

def parse(v: Union[int, str, None]) -> Tuple[str, Any]:
    if v is None:
        return ('none', v)
    return (type(v).__name__, v)

def run(g: Greeter, cfg: Config) -> str:
    msg = g.greet('world')
    if cfg.get('verbose'):
        msg += ' (verbose)'
    return msg

s: Stack[int] = Stack()
for i in range(3):
    s.push(i * i)
print(list(s), len(s), s.pop(), Stack.count)
staff = [Employee('ann', 'eng'), Employee('bob', 'ops', 2000.0), Employee('cy', 'eng')]
print(staff[1], group(staff))
print(apply(lambda x: x + 1, [1, 2, 3]))
print(find([1, 4, 9], lambda x: x > 3), find(['a'], lambda x: x == 'b'))
print(parse(1), parse('s'), parse(None))
print(run(English(), {'verbose': True}), run(English(), Config(level=1)))
print(cast(str, 42) + 1)
print(Stack.__init__.__annotations__)
print(find.__annotations__)
print(get_type_hints(find))
print(get_type_hints(Employee))
print(get_type_hints(run))
print(Employee.__annotations__, Config.__annotations__)
counts: Dict[str, int] = {}
print(__annotations__)
