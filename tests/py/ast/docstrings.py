# ast.get_docstring.
import ast

src = '''
"""Module doc.

    Indented more.
"""

def f():
    """
    First line on the next line.
      Extra indent kept.

    """

async def g():
    "single"
    return 1

class C:
    x = 1

class D:
    b"bytes are not docstrings"

def h():
    f"not a {docstring}"
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
for node in tree.body[1:]:
    print(node.name, repr(ast.get_docstring(node)), repr(ast.get_docstring(node, False)))
print(ast.get_docstring(ast.parse('')))
print(repr(ast.get_docstring(ast.parse('"\\tTabbed\\n\\t\\tmore\\n\\tless"'))))
print(repr(ast.get_docstring(ast.parse('"   \\n\\n  a\\n   b\\n\\n"'))))
for bad in [ast.Name('x'), ast.parse('x', mode='eval'), ast.Lambda()]:
    try:
        ast.get_docstring(bad)
    except TypeError as e:
        print('TypeError', e)
