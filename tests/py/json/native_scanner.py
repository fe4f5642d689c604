# json's native scanner and string codecs: every error message and position, hooks, memo,
# surrogates, control characters, deep nesting, and the scan_once/scanstring interfaces
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict

bad = ['', ' ', '[', '[1,', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":}', '{"a":1,}', '{1: 2}',
       '{"a":1 "b":2}', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"\\ud800\\u12"', '"\t"',
       '[1] x', 'nul', 'tru', '-', '-x', '01', '1.', '1e', '1e+', '.5', '[NaN, Infinity, -Infinity]',
       '"\\', '"a\\', '["a", {"b": [1, {"c": }]}]', '\ufeff[]', '[1,\n 2,\n x]', '"\x00"',
       '"\\uDFFF"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83dx"', '[-0, -0.0, 1E5, 2e-3, 1.5E+2]',
       '123456789012345678901234567890', '{"a": 1, "a": 2}', '  [ ]  ', '{ }', '"\\/\\b\\f\\n\\r\\t"']
for doc in bad:
    try:
        print(repr(doc), '->', repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\t"', strict=False), json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('{"b": 1, "a": [2]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 3}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: 'const:' + c))
docs = json.loads('[{"key": 1}, {"key": 2}]')
print(docs, list(docs[0])[0] is list(docs[1])[0])   # keys are shared within a document
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('xx {"a": 1}', 3))
for args in [('"abc"', 1), ('"a\\nb" rest', 1), ('x"', 2), ('"abc', 1)]:
    try:
        print(json.decoder.scanstring(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [('"a"', -1), ('"a"', 10), (b'"a"', 1)]:
    try:
        print(json.decoder.scanstring(*args))
    except Exception as e:
        print(type(e).__name__, e)
scan = json.scanner.make_scanner(dec)
print(scan('[1, {"x": null}]', 0), scan('  7', 2))
for args in [('x', 0), ('', 0), ('[1]', -1), (b'[1]', 0), ('[1]', 'a')]:
    try:
        print(scan(*args))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)
print(scan.strict, scan.object_hook, scan.parse_float is float, scan.parse_int is int)
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
deep = '{"a":' * 100000 + '1' + '}' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
for s in ['plain', 'quote"back\\slash', 'ctl\x00\x01\x1f\x7f', 'tab\tnl\ncr\r\b\f', 'é€😀', '']:
    print(json.encoder.encode_basestring(s), json.encoder.encode_basestring_ascii(s),
          json.dumps(s), json.dumps(s, ensure_ascii=False))
for bad_arg in [1, None, b'x']:
    for f in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii):
        try:
            f(bad_arg)
        except TypeError as e:
            print('TypeError', e)
print(json.loads(json.dumps({'k\u2028': ['\ud800', '\udfff', '\U0010ffff']})))
