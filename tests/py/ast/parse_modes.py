# ast.parse / compile(PyCF_ONLY_AST) in every mode, with errors.
import ast

print(ast.dump(ast.parse('x + 1', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1', mode='single')))
print(ast.dump(ast.parse('if x:\n    y\n', mode='single'), indent=1))
print(ast.dump(ast.parse('(int, str) -> List[int]', mode='func_type'), indent=1))
print(ast.dump(ast.parse('() -> None', mode='func_type')))
print(ast.dump(ast.parse('(a) -> b', mode='func_type')))
print(ast.dump(ast.parse('')), ast.dump(ast.parse('\n\n# only a comment\n')))
print(ast.dump(ast.parse(b'x = "\xc3\xa9"')))
print(ast.dump(ast.parse(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')))
print(ast.dump(ast.parse('x', type_comments=True, feature_version=(3, 8))))
print(ast.dump(ast.parse('x', feature_version=9)))
print(type(compile('1', '<s>', 'eval', ast.PyCF_ONLY_AST)).__name__)
print(type(compile('1', '<s>', 'exec', flags=ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)).__name__)
print(type(compile('1', '<s>', 'exec', 0x400, dont_inherit=True)).__name__)

def err(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)
        if isinstance(e, SyntaxError):
            print('   ', e.filename, e.lineno, e.offset, repr(e.text))

err('syntax', lambda: ast.parse('x = = 1'))
err('syntax file', lambda: ast.parse('def f(:\n  pass', 'my.py'))
err('indent', lambda: ast.parse('if x:\npass'))
err('eval stmt', lambda: ast.parse('x = 1', mode='eval'))
err('eval indent', lambda: ast.parse(' 1', mode='eval'))
err('single multi', lambda: ast.parse('x = 1\ny = 2', mode='single'))
err('func_type bad', lambda: ast.parse('int -> str', mode='func_type'))
err('bad mode', lambda: ast.parse('x', mode='nope'))
err('func_type no flag', lambda: compile('() -> int', '<s>', 'func_type'))
err('bad flags', lambda: compile('x', '<s>', 'exec', 0x8000000))
err('null bytes', lambda: ast.parse('x\0'))
err('not text', lambda: ast.parse(5))
err('feature major', lambda: ast.parse('x', feature_version=(2, 7)))
err('assign literal', lambda: ast.parse('1 = x'))
err('return outside', lambda: ast.parse('return 1'))
err('await outside', lambda: ast.parse('await x'))
err('compile return', lambda: compile(ast.parse('return 1'), '<s>', 'exec'))
for n in [500, 2000, 100000]:
    src = "+".join(["x"] * n)
    try:
        t = ast.parse(src)
        print(n, 'parsed')
        compile(t, '<d>', 'exec')
        print(n, 'compiled')
    except RecursionError as e:
        print(n, 'RecursionError', e)
    except MemoryError as e:
        print(n, 'MemoryError', e)
