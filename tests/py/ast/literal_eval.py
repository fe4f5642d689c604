# ast.literal_eval: accepted literals and CPython's errors.
import ast

GOOD = ["1", "-1", "+1.5", "1+2j", "-1-2j", "3.5 - 1j", "(1, 2)", "[1, [2, (3,)]]", "{1, 2}",
        "set()", "{'a': 1, 2: [3]}", "b'xy'", "'s' 't'", "None", "True", "...", "  42",
        "\t(1,)", "-0.0", "1e400", "-(1)", "0x10", "()", "[]", "{}", "frozenset" if False else "1_0",
        "'\\u00e9'", "(1,\n 2)"]
for s in GOOD:
    r = ast.literal_eval(s)
    print(repr(s), '->', repr(r), type(r).__name__)

BAD = ["x", "1 + 2", "1 + x", "2j + 1", "f()", "set([1])", "[x]", "{**a}", "-'a'", "--1", "+'s'",
       "1 * 2", "a.b", "(1).real", "not 1", "1 if 1 else 2", "lambda: 1", "[i for i in x]",
       "-(1+2j)", "1 - -2j", "(-1) + 2j", "1 + (2+3j)", "True + 1j"]
for s in BAD:
    try:
        print(repr(s), '->', ast.literal_eval(s))
    except ValueError as e:
        msg = str(e)
        print(repr(s), 'ValueError', msg[:msg.index(':')], type(e).__name__)
for s in ["1 +", "(", "x = 1", "   "]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), 'SyntaxError', e.msg)

# nodes instead of strings
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval').body))
print(ast.literal_eval(ast.Constant(value=[1])))
print(ast.literal_eval(ast.Tuple(elts=[ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))])))
d = ast.Dict(keys=[ast.Constant(1)], values=[])
try:
    ast.literal_eval(d)
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
try:
    ast.literal_eval(5)
except ValueError as e:
    print('ValueError', e)
try:
    ast.literal_eval("{[1]: 2}")
except TypeError as e:
    print('TypeError', e)
