# json.loads errors: JSONDecodeError messages and positions
import json

bad = ['', ' ', '[', '[1,', '[1', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
       '{"a":1,}', '{1:2}', "{'a':1}", '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\\x"', '"a\\u12"',
       '"\\u1234', '"a\tb"', '"\\', '-', '-x', '01', '1.', '1.5e', '.5', '+1', 'nul', 'tru',
       'True', 'None', '-NaN', 'nan', 'inf', '[1]x', '{} {}', '"abc" "def"', '1 2', '[,]', '[,1]',
       ']', '}', '\n\n  [1,\n  2,,]', '{"a":\n1,\n"b"\n}', '"\\uzzzz"', '"\\ud83d\\uzzzz"',
       '\ufeff[1]', '[1]\x00', '\x00', '"\x1f"', '[1,\n\n', '{"a": [1, {"b": }]}', "'single'",
       '[1e]', '[1e+]', '[-]', '"\\ "', 'x' * 5]
for s in bad:
    try:
        json.loads(s)
        print(repr(s), 'no error')
    except json.JSONDecodeError as e:
        print(repr(s), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
for v in [1, None, [], 1.5, object]:
    try:
        json.loads(v)
    except TypeError as e:
        print('TypeError', e)
e = json.JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
try:
    json.loads('[')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
