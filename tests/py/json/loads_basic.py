# json.loads of well-formed documents
import json

for s in ['null', 'true', 'false', '0', '-0', '12', '-3', '1.5', '-0.0', '1e3', '1E-2', '2.5e+3',
          '"text"', '""', '[]', '{}', '[1, 2, 3]', '{"a": 1}', '  [ 1 , [ 2 , [ ] ] ]  ',
          '\n\t{"k" :\r\n "v"}\n', '[true,false,null]', '{"a":{"b":{"c":[{}]}}}',
          '123456789012345678901234567890', '-98765432109876543210', '1.7976931348623157e308',
          '5e-324', '1e400', '-1e400', '0.1', '[1.0, 2.50, 3e0]', 'NaN', 'Infinity', '-Infinity',
          '[NaN, Infinity, -Infinity]', '{"":""}', '{"a":1,"a":2}', '{"x": [], "y": {}}']:
    v = json.loads(s)
    print(repr(s), '->', repr(v), type(v).__name__)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": 2}')), json.loads(b'\xef\xbb\xbf"bom"'))
print(json.loads('"\\u00e9"'.encode('utf-8')), json.loads('[1]'.encode('utf-16')), json.loads('"x"'.encode('utf-32')))
print(json.loads('[2]'.encode('utf-16-le')), json.loads('[3]'.encode('utf-16-be')), json.loads('[4]'.encode('utf-32-le')))
d = json.loads('{"b": 1, "a": 2, "c": 3}')
print(list(d), d)
print(json.loads('{"a": 1}', strict=True), json.loads(' 7 '))
