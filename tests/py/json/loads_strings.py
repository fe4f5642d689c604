# json.loads of strings: escapes, \u escapes, surrogates, control characters, strict
import json

for s in ['"a\\"b"', '"\\\\"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20ac"',
          '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"\\ude00\\ud83d"',
          '"\\uD83D\\uDE00"', '"\\uDEAD"', '"\u00e9\u4e2d"', '"\U0001f600"', '"\x7f"', '"x\\u0000y"',
          '"\\ud800\\udc00\\ud800"', '"end\\\\"']:
    v = json.loads(s)
    print(repr(s), '->', repr(v), len(v))
for s in ['"a\tb"', '"a\nb"', '"\x00"', '"\x1f"']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print('error:', e)
    print('non-strict:', repr(json.loads(s, strict=False)))
print(json.loads('{"\\u006b": "\\u0076"}'))
long = '"' + 'abc\\n' * 100 + '"'
print(len(json.loads(long)))
from json.decoder import scanstring
print(scanstring('"hello" rest', 1), scanstring('x"a\\nb"', 2))
try:
    scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(e)
