# Positions: fix_missing_locations, copy_location, increment_lineno, get_source_segment.
import ast

src = "x = 1\nif x:\n    y = (x +\n         2)\n    z = 'caf\u00e9' + w\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(ast.get_source_segment(src, node)))
if_node = tree.body[1]
print(repr(ast.get_source_segment(src, if_node.body[0].value, padded=True)))
print(repr(ast.get_source_segment(src, if_node, padded=True)))
print(ast.get_source_segment(src, ast.Name('q')))
n = ast.Name('q')
n.lineno, n.col_offset, n.end_lineno, n.end_col_offset = 1, 0, None, None
print(ast.get_source_segment(src, n))
print(repr(ast.get_source_segment("a\r\nbb = 1\rc", ast.parse("a\r\nbb = 1\rc").body[1])))
s2 = "if 1:\n\tx = [1,\n\t  2]"
print(repr(ast.get_source_segment(s2, ast.parse("if 1:\n\tx = [1,\n\t  2]").body[0].body[0].value, padded=True)))

t = ast.increment_lineno(ast.parse("a\nb"), 3)
print([(s.lineno, s.end_lineno, s.value.lineno) for s in t.body])
e = ast.Expression(body=ast.Name('x', ast.Load()))
ast.increment_lineno(e)
print(e.body.lineno, e.body.end_lineno)
n = ast.Name('x', ast.Load(), lineno=2, end_lineno=None)
ast.increment_lineno(n, 5)
print(n.lineno, n.end_lineno)

new = ast.Name('y', ast.Load())
old = ast.parse('  (zz)', mode='eval') if False else ast.parse('(zz)', mode='eval').body
print(ast.copy_location(new, old) is new, new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
a = ast.arg('p')
print(ast.copy_location(a, ast.Pass()) is a, hasattr(a, 'lineno'))
src_node = ast.Name('s', lineno=4, col_offset=1, end_lineno=None)
dst = ast.Name('d')
ast.copy_location(dst, src_node)
print(dst.lineno, dst.col_offset, dst.end_lineno, hasattr(dst, 'end_col_offset'))
ast.copy_location(ast.Load(), src_node)

m = ast.Module(body=[ast.If(test=ast.Name('a', ast.Load()), body=[ast.Expr(ast.Constant(1), lineno=5, col_offset=4)], orelse=[])], type_ignores=[])
ast.fix_missing_locations(m)
for node in ast.walk(m):
    print(type(node).__name__, [getattr(node, a, '-') for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')])
print(ast.dump(m, include_attributes=True))
