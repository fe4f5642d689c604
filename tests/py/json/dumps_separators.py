# json.dumps separators (with and without indent)
import json

data = {'a': [1, 2], 'b': {'c': None}}
for seps in [None, (',', ':'), (', ', ': '), (';', '='), ('', ''), (' , ', ' : ')]:
    print(repr(seps), json.dumps(data, separators=seps))
    print(json.dumps(data, separators=seps, indent=1))
print(json.dumps([1, 2, 3], separators=(',', ':')))
print(json.dumps({'k': [1]}, indent=2, separators=(',', ': ')))
for bad in [1, ('a',), ('a', 'b', 'c'), 'ab', 'abc']:
    try:
        print(json.dumps([1, 2], separators=bad))
    except Exception as e:
        print(type(e).__name__, e)
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder(separators=('|', '#'))
print(repr(e.item_separator), repr(e.key_separator), e.encode({'x': [1, 2]}))
