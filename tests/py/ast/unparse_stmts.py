# ast.unparse of statements: layout, docstrings, round trips that compile to the same tree.
import ast

SRC = '''
"""Module docstring
with two lines."""
import os, sys as system
from . import a
from ..pkg.mod import (b as c, d)

@decorator
@other(1, x=2)
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    y: 'float'
    (z): list

    def __init__(self, x, y=0, /, *args, scale: float = 1.0, **kw) -> None:
        self.x = x * scale
        self.y, self.z = y, None

    async def fetch(self):
        async with lock as held, other():
            async for item in source:
                await item
        return [i async for i in gen()]

def gen():
    yield
    yield 1
    x = yield from other()
    return x

for i, j in pairs:
    if i:
        continue
    elif j:
        break
    else:
        pass
else:
    print('done')

while True:
    try:
        risky()
    except (ValueError, TypeError) as err:
        raise RuntimeError('bad') from err
    except KeyError:
        raise
    else:
        x = 1
    finally:
        cleanup()

try:
    pass
except* OSError as eg:
    pass

with open('f') as fh, ctx:
    del fh, ctx[0]

global counter
assert counter > 0, 'positive'
x = y = z = 0
x += 1
a, *b = c
lambda_value = lambda: 0

def outer():
    nonlocal_value = 1
    def inner():
        nonlocal nonlocal_value
        nonlocal_value += 1
    return inner

match command:
    case ['go', direction] if direction in 'nsew':
        pass
    case {'action': action, **rest}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case [1, *others]:
        pass
    case (1 | 2) as small:
        pass
    case str() | bytes():
        pass
    case -1 | 1.5 | 2j | 'x' | b'y' | None | True:
        pass
    case {1: _, **kw}:
        pass
    case _:
        pass
if a:
    pass
else:
    if b:
        pass
    x = 1
'''
tree = ast.parse(SRC)
out = ast.unparse(tree)
print(out)
print(ast.dump(ast.parse(out)) == ast.dump(tree))

def f():
    '''Doc with a "quote" and a backslash \\ here'''
print(ast.unparse(ast.parse('def f():\n    """Doc with "quotes" """\n    pass')))
print(ast.unparse(ast.parse("def g():\n    \'\'\'a \"\"\" b \\\'\'\' c\'\'\'\n")))
print(ast.unparse(ast.parse('class C:\n    u"unicode doc"')))
print(ast.unparse(ast.parse("x = 1 # type: int")))
t = ast.parse("def f(a):\n    pass\nx = 1")
t.body[1].type_comment = "int"
t.body[0].type_comment = "(int) -> None"
print(ast.unparse(t))
print(repr(ast.unparse(ast.Module(body=[], type_ignores=[]))))
print(ast.unparse(ast.parse('@d\ndef f(): pass\n@e\nclass C: pass\nx = 1')))
