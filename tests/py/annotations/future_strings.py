# The text stored for each annotation under `from __future__ import annotations` is CPython's
# unparse of the expression: normalized spacing, parentheses and quotes.
from __future__ import annotations


def a1(x: int|None, y: list [ int ], z: dict[str,'Foo']) -> tuple[int,...]: pass
def a2(x: Callable[[int, str], None], y: Literal['a', "b", 'c"d', "e'f"]): pass
def a3(x: (a, b), y: (a,), z: ()): pass
def a4(x: a[b:c, d], y: a[::2], z: a[()], w: a[1,]): pass
def a5(x: -1, y: +1.5, z: ~0, w: 1e400, v: 2j, u: 0x1F, t: 1_000): pass
def a6(x: not a, y: a and b or c, z: a and b and not c, w: (a or b) and c): pass
def a7(x: a if b else c, y: lambda: 0, z: lambda p, *q, r=1, **s: p): pass
def a8(x: lambda *a: 0, y: lambda **k: 0, z: lambda *, k: 0): pass
def a9(x: [i for i in y if i], y: {k: v for k, v in d}, z: (i for i in y)): pass
def a10(x: f(i for i in y), y: f(*a, **k, c=1), z: {**a, 'b': 1}, w: {1, *s}): pass
def a11(x: a < b <= c is not d not in e, y: a ** -b ** c, z: (-a) ** b): pass
def a12(x: a @ b // c % d << e >> f & g ^ h | i, y: (a + b) * c, z: a - (b - c)): pass
def a13(x: f'{a!r:>{w}} and {b}', y: f"{'q'}", z: f'{x=}', w: f'{{}}\n'): pass
def a14(x: b'bytes', y: u'unicode', z: 'multi\nline', w: '\x00\t', v: ...): pass
def a15(x: True.real, y: 1 .real, z: 1.5.real, w: None): pass
def a16(x: 'it\'s', y: "say \"hi\"", z: '''both ' and "'''): pass
def a17(x: a.b.c[d](e), y: x if (y if z else w) else v): pass
def a18(x: [*a, *b], y: (*a, b), z: a[*b], w: a[b, *c]): pass


for f in (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18):
    for name, text in f.__annotations__.items():
        print(f.__name__, name, repr(text))
