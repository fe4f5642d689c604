# json.dumps default=, cls=, JSONEncoder subclasses, encode/iterencode
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}], default=default))
print(json.dumps({'p': Point(0, Point(1, 1))}, default=default, indent=1))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print('TypeError', e)
print(json.dumps(object(), default=lambda o: 'OBJ'))
print(json.dumps(object(), default=repr)[:10])
print(json.dumps([1j], default=lambda c: [c.real, c.imag]))
try:
    json.dumps(object(), default=lambda o: o)
except ValueError as e:
    print('ValueError', e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        return super().default(o)


print(json.dumps({'c': 1 + 2j}, cls=Enc))
print(Enc(indent=1).encode([2j]))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print('TypeError', e)
e = json.JSONEncoder(sort_keys=True)
print(e.encode({'b': 1, 'a': 2}), e.encode('str'), e.encode(5))
print(list(json.JSONEncoder().iterencode([1, 'a', {'k': None}])))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, 2]})))
print(''.join(json.JSONEncoder(indent=1).iterencode([{'x': 1}])))
print(json.JSONEncoder().default.__name__)
try:
    json.JSONEncoder().default(5)
except TypeError as e:
    print('TypeError', e)
enc = json.JSONEncoder(skipkeys=True, ensure_ascii=False, check_circular=False,
                       allow_nan=False, sort_keys=True, indent=3, separators=(',', '='))
print(enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys, enc.indent)
print(enc.encode({'é': 1, (1,): 2}))
