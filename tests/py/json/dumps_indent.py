# json.dumps indent (int, str, 0, negative) and sort_keys
import json

data = {'b': [1, 2, {'x': None, 'a': []}], 'a': {}, 'c': 'str', 'd': [[]]}
for indent in [None, 0, 1, 2, 4, -1, '', '\t', '--', '  ']:
    print(repr(indent))
    print(json.dumps(data, indent=indent))
    print(json.dumps(data, indent=indent, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps('x', indent=3), json.dumps(5, indent=3), json.dumps(None, indent=1))
print(json.dumps([1, [2, [3]]], indent=2))
print(json.dumps((1, (2,)), indent=1))
print(repr(json.dumps({'a': 1}, indent=2)))
