# ast.unparse of string constants and f-strings: quote choice and escapes.
import ast

VALUES = ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\there", "back\\slash",
          "\x00\x7f", "caf\u00e9", "\U0001f600", "\ud800", "'''", '"""', "'\"\"\"'''", "",
          "ends with '", 'ends with "', "\r\n", "\u2028"]
for v in VALUES:
    print(repr(v), ast.unparse(ast.Constant(v)))
    doc = ast.Module(body=[ast.Expr(ast.Constant(v))], type_ignores=[])
    print('  doc:', ast.unparse(doc))
    f = ast.JoinedStr([ast.Constant(v), ast.FormattedValue(ast.Name('x'), -1)])
    print('  f:', ast.unparse(f))
    f2 = ast.JoinedStr([ast.FormattedValue(ast.Constant(v), -1)])
    try:
        print('  inner:', ast.unparse(f2))
    except ValueError as e:
        print('  inner: ValueError', e)
for src in ["f'{x!r}'", "f'{x:{y}d}'", "f'a{{b}}c'", "f'{\"s\"}'", "f\"{'s'}\"", "f'''{x}\n'''",
            "f'{x}' f'{y}'", "f'{x:%Y-%m-%d}'", "f'{x!a:^{w}}'", "f'{ {1} }'", "f'{x,}'",
            "f'{(lambda: 1)()}'", "f'{x if y else z}'", "f'{(yield)}'" if False else "f'{a[b]}'",
            "rb'raw\\\\'", "b'\\'\"'", "'\\N{BULLET}'"]:
    print(src, '->', ast.unparse(ast.parse(src)))
print(ast.unparse(ast.parse("f'{x}' '\\n' f'''{y}'''")))
print(ast.unparse(ast.JoinedStr([ast.Constant("'''"), ast.Constant('"""'), ast.FormattedValue(ast.Name('x'), -1)])))
