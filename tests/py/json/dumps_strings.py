# json.dumps of strings: ensure_ascii, escapes, surrogate pairs
import json

samples = ['plain', 'quote " and backslash \\', 'tab\there', 'nl\ncr\r', '\b\f', '\x00\x01\x1f',
           '\x7f', 'caf\u00e9', '\u20ac', '\u2028\u2029', '\U0001f600', '\ud800', 'mixed \u00e9\U00010000x',
           '/slash/', "'single'", '\u0100\uffff', '']
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False).encode('utf-8', 'surrogatepass'))
print(json.dumps({'\u00e9': '\u00e9'}), json.dumps({'\u00e9': '\u00e9'}, ensure_ascii=False))
print(json.dumps(['\U0010ffff', '\U00010437']))
print(json.dumps('x' * 40 + '\n' + 'y'))
from json.encoder import encode_basestring, encode_basestring_ascii
print(encode_basestring('a"b\n\u00e9'), encode_basestring_ascii('a"b\n\u00e9\U0001f600'))
for s in samples:
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print('roundtrip ok')
