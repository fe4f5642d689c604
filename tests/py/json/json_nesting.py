# deeply nested documents, and RecursionError past the recursion limit
import json

deep = '[' * 300 + ']' * 300
v = json.loads(deep)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth)
obj = json.loads('{"a":' * 300 + '1' + '}' * 300)
print(len(json.dumps(obj)), json.dumps(obj)[:20])
nested = []
for i in range(300):
    nested = [nested]
print(json.dumps(nested) == deep, len(json.dumps(nested, indent=0)))
for doc in ['[' * 100000, '{"a":' * 100000, '[{"a":' * 50000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)
d = {}
d['d'] = d
try:
    json.dumps(d, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)
print(json.loads(json.dumps({'x': [[[[{'y': [[]]}]]]]})))
