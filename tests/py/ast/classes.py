# The node class hierarchy of the _ast module.
import ast, _ast

print(ast.AST, ast.BinOp, ast.expr, ast.Load, ast.comprehension, ast.TypeIgnore)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
for name in ['Module', 'Interactive', 'Expression', 'FunctionType', 'FunctionDef', 'ClassDef',
             'Assign', 'AnnAssign', 'ImportFrom', 'Expr', 'Constant', 'JoinedStr', 'Slice',
             'comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem',
             'match_case', 'MatchAs', 'MatchClass', 'ExceptHandler', 'TypeIgnore', 'Load', 'Add']:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls.__match_args__,
          getattr(cls, '_attributes', None))
    print('   ', cls.__doc__)
for name in ['mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop', 'cmpop',
             'excepthandler', 'pattern', 'type_ignore']:
    cls = getattr(ast, name)
    print(name, cls._fields, cls._attributes)
    print(cls.__doc__)
print(ast.stmt.end_lineno, ast.expr.end_col_offset, ast.Return.value, ast.arg.annotation)
print(ast.Constant.kind, ast.ImportFrom.level, ast.alias.asname)
print(hasattr(ast.BinOp, 'left'), hasattr(ast.Name, 'id'))
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.Load, ast.expr_context),
      issubclass(ast.ExceptHandler, ast.excepthandler), issubclass(ast.arg, ast.AST))
print(ast.BinOp.__module__, ast.AST.__module__, ast.AST.__name__, ast.BinOp.__qualname__)
print(_ast.BinOp is ast.BinOp, _ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS,
      ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
names = sorted(n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), ast.AST))
print(len(names))
print(names)
# every concrete class: fields are a tuple of str
bad = [n for n in names if not all(isinstance(f, str) for f in getattr(_ast, n)._fields)]
print(bad)
print(type(ast.BinOp), type(ast.AST))
print(sorted(k for k in ast.BinOp.__dict__))
