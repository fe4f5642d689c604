# A few hundred lines of varied code: dump (with positions), unparse, and a compiled run.
import ast

SOURCE = r'''
"""Inventory management: a sample program exercising most of the grammar."""
from __future__ import annotations
import collections, functools as ft
from dataclasses import dataclass, field
from typing import (Any, Optional,
                    Iterator)

MAX_ITEMS: int = 1_000
RATES = {'std': 0.2, "reduced": .05, 'zero': 0e0}
FLAGS = 0b1010 | 0o17 ^ 0xFF & ~0x0F
BIG = 123456789012345678901234567890
COMPLEX = 3 + 4j
NEG = -2 ** -1
EMPTY = (), [], {}, set()


class InventoryError(Exception):
    """Raised for invalid inventory operations."""

    def __init__(self, message, *, code=0):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code:03d}] {self.args[0]!s}"


@dataclass(frozen=False, order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: 'int' = 1

    @property
    def total(self) -> float:
        return round(self.price * self.qty, 2)

    @staticmethod
    def parse(text: str, /, sep=',') -> 'Item':
        name, price, *rest = (part.strip() for part in text.split(sep))
        return Item(name, float(price), list(rest))

    @classmethod
    def blank(cls, **overrides):
        return cls(**{'name': '?', **overrides})


class Inventory(collections.UserDict):
    def __init__(self, items=None, /, **kw):
        super().__init__()
        for item in items or ():
            self.add(item)

    def add(self, item, *, replace=False):
        if item.name in self.data and not replace:
            raise InventoryError(f'duplicate {item.name!r}', code=1)
        elif len(self.data) >= MAX_ITEMS:
            raise InventoryError('full', code=2) from None
        else:
            self.data[item.name] = item
        return self

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self.data.values(), key=lambda i: (-i.total, i.name))

    def by_tag(self):
        groups = collections.defaultdict(list)
        for item in self:
            for tag in item.tags or ['untagged']:
                groups[tag].append(item.name)
        return {tag: names for tag, names in sorted(groups.items()) if names}

    def total(self, rate='std'):
        subtotal = sum(i.total for i in self)
        tax = subtotal * RATES.get(rate, 0)
        return subtotal + tax if tax > 0 else subtotal

    def cheapest(self, n=1):
        ordered = [*self]
        ordered.reverse()
        return ordered[:n] if n > 0 else ordered[n:]


def describe(value):
    match value:
        case None:
            return 'nothing'
        case True | False as flag:
            return f'flag {flag}'
        case int(n) if n < 0:
            return 'negative'
        case int() | float():
            return 'number'
        case [Item() as first, *others]:
            return f'items from {first.name} (+{len(others)})'
        case {'name': str(name), **extra}:
            return f'record {name} with {sorted(extra)}'
        case Item(name=nm, qty=0):
            return f'empty {nm}'
        case (x, y):
            return f'pair {x},{y}'
        case str() as s if len(s) > 3:
            return 'long string'
        case _:
            return 'other'


def running_totals(values):
    total = 0
    for v in values:
        total += v
        if total > 100:
            break
        yield total
    else:
        yield -1


def retrying(times=3):
    def decorate(fn):
        @ft.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            attempt = 0
            while attempt < times:
                attempt += 1
                try:
                    return fn(*args, **kwargs)
                except (ValueError, KeyError) as exc:
                    last = exc
                    continue
                except InventoryError:
                    raise
                finally:
                    pass
            raise RuntimeError('gave up') from last
        return wrapper
    return decorate


calls = []

@retrying(times=2)
def flaky(n):
    calls.append(n)
    if len(calls) < 2:
        raise ValueError('try again')
    return n * 2


def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def stats(numbers):
    if not (n := len(numbers)):
        return None
    mean = sum(numbers) / n
    var = sum((x - mean) ** 2 for x in numbers) / n
    return {'n': n, 'mean': mean, 'var': round(var, 3), 'min': min(numbers), 'max': max(numbers)}


async def fetch_all(sources):
    results = []
    async with sources as stream:
        async for chunk in stream:
            results.append(await chunk)
    return [r async for r in stream if r]


def main():
    global MAX_ITEMS
    inv = Inventory([Item('apple', 0.5, ['fruit'], 10), Item.parse('pear, 0.75, fruit, green')])
    inv.add(Item('hammer', 12.0, ['tools']))
    inv.add(Item.blank(price=1.0))
    try:
        inv.add(Item('apple'))
    except InventoryError as e:
        print('error:', e)
    print([i.name for i in inv])
    print(inv.by_tag())
    print(round(inv.total(), 2), round(inv.total('zero'), 2))
    print([i.name for i in inv.cheapest(2)])
    for v in [None, True, -3, 2.5, [Item('x')], {'name': 'n', 'b': 1, 'a': 2},
              Item('y', qty=0), (1, 2), 'hello', 'hi']:
        print(describe(v))
    print(list(running_totals([10, 20, 30])), list(running_totals([60, 50, 40])))
    print(flaky(21), calls)
    bump = counter()
    bump(); bump(5)
    print(bump(), stats([1, 2, 3, 4]), stats([]))
    matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
    print([row[::-1] for row in matrix], {i: i ** 2 for i in range(4) if i % 2})
    print(FLAGS, BIG % 97, COMPLEX.imag, NEG, EMPTY, MAX_ITEMS.__class__.__name__)
    x = y = 0
    x, (y, z) = 1, (2, 3)
    del z
    assert x < y, 'ordered'
    lst = [0] * 5
    lst[1:3] = [7, 8]
    lst[-1] += 9
    print(lst, x if x else y, not x, x is not None, 3 in lst, {*lst})
    print(f'{"nested " + "quotes"!r:>20}|{3.14159:.2f}|{x=}|{{braces}}')
    text = 'multi\n' 'part' ' string'
    print(text.split('\n'), b'\x00\xff'.hex(), '\N{GREEK SMALL LETTER ALPHA}')
    MAX_ITEMS -= 1
    print(MAX_ITEMS)


if __name__ == '__main__':
    main()
'''

tree = ast.parse(SOURCE, '<inventory>')
print(ast.dump(tree, indent=1, include_attributes=True))
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))
print(sum(1 for _ in ast.walk(tree)))
exec(compile(tree, '<inventory>', 'exec'), {'__name__': '__main__'})
