# The deprecated classes kept by Python 3.11: Num, Str, Bytes, NameConstant, Ellipsis, Index, ...
import ast

n = ast.Num(5)
print(type(n).__name__, n.value, n.n, n.s, ast.dump(n))
print(type(ast.Str('s')).__name__, ast.Str(s='x').value, ast.dump(ast.Bytes(b'b')))
print(ast.dump(ast.NameConstant(True)), ast.dump(ast.Ellipsis()))
for value in [1, 2.5, 1j, True, None, 'a', b'b', ...]:
    c = ast.Constant(value)
    print(repr(value), [cls.__name__ for cls in (ast.Num, ast.Str, ast.Bytes, ast.NameConstant, ast.Ellipsis)
                        if isinstance(c, cls)])
print(isinstance(ast.Name('x'), ast.Num), isinstance(5, ast.Num), isinstance(ast.Constant(), ast.Num))
print(issubclass(ast.Num, ast.Constant), ast.Num._fields, ast.Str._fields, ast.Ellipsis._fields)
print(ast.Num.__doc__)
c = ast.Constant(1)
c.n = 7
print(c.value, c.s)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print('TypeError', e)
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('a'), ast.Name('b')])))
t = ast.Tuple([ast.Name('x')], ast.Load())
print(len(t.dims), t.dims is t.elts)
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context),
      issubclass(ast.AugLoad, ast.AST), issubclass(ast.Index, ast.slice))
class MyNum(ast.Num):
    pass
m = MyNum(3)
print(type(m).__name__, m.value, isinstance(m, ast.Num), isinstance(m, ast.Constant))
