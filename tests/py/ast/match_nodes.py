# AST nodes in match statements (__match_args__ = _fields), isinstance checks, equality.
import ast

def simplify(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return ast.Constant(a + b)
        case ast.BinOp(left, ast.Mult(), ast.Constant(1)):
            return left
        case ast.UnaryOp(ast.USub(), ast.Constant(value=v)) if isinstance(v, int):
            return ast.Constant(-v)
        case ast.Name(id=name, ctx=ast.Load()):
            return ast.Name(name.upper(), ast.Load())
        case _:
            return node

for src in ['1 + 2', 'x * 1', '-5', 'abc', 'a - b']:
    print(src, '->', ast.unparse(simplify(ast.parse(src, mode='eval').body)))

tree = ast.parse('a = 1\nb = a + 2\ndef f(): return b')
kinds = {}
for node in ast.walk(tree):
    kinds[type(node).__name__] = kinds.get(type(node).__name__, 0) + 1
print(sorted(kinds.items()))
print(ast.Name('x') == ast.Name('x'), hash(ast.Load()) != 0)
print(isinstance(tree.body[0], ast.stmt), isinstance(tree.body[0].value, ast.expr),
      isinstance(tree.body[0].targets[0].ctx, ast.expr_context))
e = ast.Expression(body=ast.Constant(3, lineno=1, col_offset=0))
print(eval(compile(e, '<e>', 'eval')))
i = ast.parse('print("interactive", 1 + 1)', mode='single')
exec(compile(i, '<i>', 'single'))
node = ast.Name('x', ast.Load())
node.id = 'y'
del node.ctx
print(ast.dump(node), vars(node))
node.__dict__ = {'id': 'z'}
print(ast.dump(node))
try:
    node.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
