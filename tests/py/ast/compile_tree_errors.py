# compile() of hand-built trees: CPython's conversion errors.
import ast

def attempt(label, tree, mode='exec'):
    try:
        code = compile(tree, '<tree>', mode)
        print(label, 'compiled', type(code).__name__)
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index(' at 0x')] + '>'
        print(label, type(e).__name__, msg)

attempt('no lineno', ast.Module(body=[ast.Pass()], type_ignores=[]))
attempt('body not list', ast.Module(body=3, type_ignores=[]))
attempt('missing body', ast.Module(type_ignores=[]))
attempt('int stmt', ast.Module(body=[1], type_ignores=[]))
attempt('expr as stmt', ast.Module(body=[ast.Name('x', ast.Load(), lineno=1, col_offset=0)], type_ignores=[]))
attempt('wrong mode', ast.Expression(body=ast.Constant(1)), 'exec')
attempt('wrong mode2', ast.Module(body=[], type_ignores=[]), 'eval')
attempt('not mod', ast.Name('x', ast.Load()), 'exec')
e = ast.Expression(body=ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), ast.Add(), ast.Constant(2, lineno=1, col_offset=4), lineno=1, col_offset=0))
attempt('binop ok', e, 'eval')
print(eval(compile(e, '<tree>', 'eval')))
e2 = ast.Expression(body=ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), ast.Add(), lineno=1, col_offset=0))
attempt('missing right', e2, 'eval')
e3 = ast.Expression(body=ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), 5, ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0))
attempt('bad op', e3, 'eval')
e4 = ast.Expression(body=ast.Name(id=5, ctx=ast.Load(), lineno=1, col_offset=0))
attempt('bad identifier', e4, 'eval')
e5 = ast.Expression(body=ast.Constant(value=[1], lineno=1, col_offset=0))
attempt('bad constant', e5, 'eval')
e6 = ast.Expression(body=ast.Name(id='x', lineno=1, col_offset=0))
attempt('missing ctx', e6, 'eval')

# a tree built by hand and fixed up
tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name('x', ast.Store())], value=ast.Constant(41)),
    ast.AugAssign(target=ast.Name('x', ast.Store()), op=ast.Add(), value=ast.Constant(1)),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('x', ast.Load()), ast.Constant('done')], [])),
], type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, '<built>', 'exec'))
print(ast.unparse(tree))

# ONLY_AST with a tree returns it unchanged
print(compile(tree, '<x>', 'exec', ast.PyCF_ONLY_AST) is tree)

# parse, modify, compile, run
src = "def f(a, b=2):\n    return a * b\nresult = [f(i) for i in range(4)]\n"
t = ast.parse(src)
ns = {}
exec(compile(t, '<src>', 'exec'), ns)
print(ns['result'])
t.body[0].body[0].value.op = ast.Add()
exec(compile(t, '<src>', 'exec'), ns)
print(ns['result'])

# single mode
exec(compile(ast.parse('print(6 * 7)', mode='single'), '<s>', 'single'))
