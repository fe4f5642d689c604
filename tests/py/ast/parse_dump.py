# ast.parse + ast.dump over many constructs, in every dump style.
import ast

SOURCES = [
    "x = 1",
    "a, *b = c = d",
    "x: int = 5\ny: 'str'\n(z): list",
    "x += 1; y -= 2; z **= 3; w //= 4; v @= m; u >>= 1",
    "del a, b[0], c.d",
    "f(a, *b, c=1, **d)",
    "lambda x, /, y=2, *a, z, w=3, **k: (x, y)",
    "def f(a, b: int = 1, *, c, **kw) -> None:\n    '''doc'''\n    return a\n",
    "async def g():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass\n",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "for i in range(10):\n    continue\nelse:\n    break\n",
    "while x:\n    x -= 1\nelse:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "with open(f) as (a, b), g():\n    pass\n",
    "import a.b as c, d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *\n",
    "global g\nnonlocal n",
    "assert x, 'msg'",
    "[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h)",
    "[x async for x in y]",
    "a if b else c",
    "a and b or not c",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "-a + +b - ~c",
    "a[1:2, ::3, ...]",
    "a[b][c:d]",
    "(yield)\n(yield x)\n(yield from y)",
    "x = (y := 5)",
    "f'{a!r:>{width}} {b=} {{}}'",
    "'a' 'b'\nb'c' b'd'\nu'e'",
    "1, 2.5, 3j, 0x1F, 1_000, 1e400, True, None, ...",
    "{**a, 'b': 1}",
    "{*a, *b}",
    "print(*args, sep='')",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt if yy > 0:\n        pass\n    case None:\n        pass\n    case _:\n        pass\n",
    "x = 'caf\\u00e9 \\U0001F600'\ny = '\\ud800'",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, indent=2))
    print(ast.dump(tree, annotate_fields=False))
    print(ast.dump(tree, include_attributes=True, indent='\t'))
print(ast.dump(ast.parse('x'), indent=0))
print(ast.dump(ast.Constant(None)), ast.dump(ast.Name()), ast.dump(ast.Name(), annotate_fields=False))
print(ast.dump(ast.Name('x'), annotate_fields=False), ast.dump(ast.Return()))
print(ast.dump(ast.Raise(cause=ast.Name('x', ast.Load())), annotate_fields=False))
try:
    ast.dump(5)
except TypeError as e:
    print('TypeError', e)
