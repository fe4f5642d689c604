# ast.unparse of expressions: precedence, parentheses, literals, f-strings.
import ast

EXPRS = [
    "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c",
    "-a ** b", "(-a) ** b", "not a and b", "not (a and b)", "a or b and c", "(a or b) and c",
    "a if b else c if d else e", "(a if b else c) if d else e", "lambda: (yield)",
    "lambda x, *y, z=1, **w: x", "lambda: lambda: 1", "(lambda: 1)()", "f(*a, **k, x=1)",
    "a[1:2:3]", "a[:, 1]", "a[()]", "a[(1, 2)]", "a[1,]", "a.b.c", "1 .real", "1.5.real",
    "(1, 2)", "(1,)", "()", "[1, 2]", "{1, 2}", "{}", "{1: 2, **d}", "{**a, **b}",
    "[*a, *b]", "(x := 1)", "(x := 1) + 2", "a < b < c", "(a < b) < c", "a is not b",
    "a not in b", "~a", "+a", "-(-a)", "- -a", "await x" , "(await x) ** 2",
    "[x for x in y if x]", "{k: v for k, v in z}", "(x for x in y)", "f(x for x in y)",
    "[x async for x in y]", "[(a, b) for a, b in c]", "x[a:b, c:d]", "a @ b", "a // b % c",
    "a << b >> c", "a & b | c ^ d", "a | (b | c)", "(a | b) | c", "*a, b",
    "1e400", "-1e400", "1e400j", "float('nan')", "'a\\nb'", "'it\\'s'", "'\"q\"'",
    "'both \\' and \"'", "b'\\x00bytes'", "u'text'", "..." , "None", "True",
    "f'{a}'", "f'{a!r}'", "f'{a:>10}'", "f'{a:{b}}'", "f'{{literal}}'", "f'{a}\\n'",
    "f\"{'q'}\"", "f'{x!s:{w}.{p}}'", "f'{ {1: 2}[1] }'", "f'{a=}'", "f'''{a}\n'''",
    "f'{\"a\"}' 'b'", "'x' f'{y}'", "f'{3.14:.2f} and {x!a}'", "(yield x)", "(yield from y)",
    "a if (b if c else d) else e", "(a, b)[0]", "(a + b).c", "(-1) .real", "(-1) ** 2",
    "2 ** -1", "a[-1]", "not not a", "a and (b or c)", "f(a)(b)[c]",
]
for src in EXPRS:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    again = ast.unparse(ast.parse(out))
    print(repr(src), '->', out, '' if out == again else '(unstable: %s)' % again)

# hand-built trees need parentheses the source never had
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.UnaryOp(ast.Not(), ast.Compare(ast.Name('a'), [ast.Lt()], [ast.Name('b')]))))
print(ast.unparse(ast.Constant((1, 'a', (2, 3)))), ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(float('nan'))), ast.unparse(ast.Constant(complex(1, float('inf')))))
print(ast.unparse(ast.Set([])), ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.Constant('x', kind='u')), ast.unparse(ast.Constant(...)))
print(ast.unparse(ast.Attribute(ast.Constant(1), 'real')))
print(ast.unparse(ast.Starred(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')))))
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.unparse(ast.parse('x + 1', mode='eval')))
print(ast.unparse(ast.parse('x = 1', mode='single')))
for bad in [ast.YieldFrom(value=None), ast.Raise(exc=None, cause=ast.Name('x'))]:
    try:
        ast.unparse(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ast.unparse(ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1)]))
except ValueError as e:
    print('ValueError', e)
