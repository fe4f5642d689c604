# AST.__init__: positional and keyword arguments, errors, __reduce__, attributes.
import ast, copy, pickle

b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(b))
b = ast.BinOp(left=ast.Constant(1), right=ast.Name('x', ast.Load()))
print(ast.dump(b), hasattr(b, 'op'))
b = ast.BinOp(ast.Constant(1), extra=5, lineno=3)
print(b.extra, b.lineno, sorted(vars(b)))
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {'left': 2}), ((1, 2), {'op': 3}), ((), {'right': 1})]:
    try:
        n = ast.BinOp(*args, **kwargs)
        print('ok', sorted(vars(n).items()))
    except TypeError as e:
        print('TypeError', e)
for cls, args in [(ast.AST, (1,)), (ast.Pass, (1,)), (ast.Return, (1, 2)), (ast.Name, (1, 2, 3)),
                  (ast.Load, (1,)), (ast.arguments, tuple(range(8)))]:
    try:
        cls(*args)
    except TypeError as e:
        print('TypeError', e)
n = ast.Name('x')
print(n.id, hasattr(n, 'ctx'))
try:
    n.ctx
except AttributeError as e:
    print('AttributeError', e)
print(ast.Return().value, ast.Constant(5).kind)
print(ast.Name('x', ast.Load()).__reduce__()[0], ast.Name('x', ast.Load()).__reduce__()[1])
r = ast.Name('x', ast.Load()).__reduce__()
print(r[2]['id'], type(r[2]['ctx']).__name__)
print(ast.AST().__reduce__())
t = ast.parse('a + b * 2')
t2 = copy.deepcopy(t)
print(ast.dump(t2) == ast.dump(t), t2 is not t, t2.body[0] is not t.body[0])
t3 = pickle.loads(pickle.dumps(t))
print(ast.dump(t3, include_attributes=True) == ast.dump(t, include_attributes=True))
class MyNode(ast.AST):
    _fields = ('a', 'b')
m = MyNode(1, b=2)
print(m.a, m.b, ast.dump(m))
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
class MyName(ast.Name):
    pass
print(ast.dump(MyName('q', ast.Load())), isinstance(MyName('q'), ast.expr))
# singletons from the parser, fresh instances from the constructors
m = ast.parse('x = y; z = w')
print(m.body[0].targets[0].ctx is m.body[1].targets[0].ctx, ast.Load() is ast.Load())
print(m.body[0].value.ctx is m.body[1].value.ctx, m.body[0].targets[0].ctx is m.body[0].value.ctx)
