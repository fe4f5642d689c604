# json.loads object_hook and object_pairs_hook
import json

print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": [{"x": 0}]}', object_pairs_hook=lambda p: p))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('{}', object_pairs_hook=tuple), json.loads('{}', object_hook=lambda d: 'empty'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: ('H', d), object_pairs_hook=tuple))
print(json.loads('[{"k": 1}, {"k": 2}]', object_hook=lambda d: d['k'] * 10))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def as_point(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d


print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
calls = []
json.loads('{"a": {"b": {"c": {}}}}', object_hook=lambda d: calls.append(list(d)) or d)
print(calls)
dec = json.JSONDecoder(object_hook=as_point)
print(dec.decode('[{"x": 0, "y": 0}]'), dec.object_hook is as_point, dec.strict)
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
