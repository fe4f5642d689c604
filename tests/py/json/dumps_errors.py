# json.dumps errors: unserializable objects, circular references, NaN with allow_nan=False
import json


def t(*a, **k):
    try:
        print(repr(json.dumps(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e)


for v in [object(), {1, 2}, b'bytes', bytearray(b'x'), 1 + 2j, range(3), frozenset(), type,
          len, Ellipsis, NotImplemented]:
    t(v)
    t([v])
    t({'k': v})
    t([v], indent=1)
a = []
a.append(a)
t(a)
t(a, indent=2)
d = {}
d['self'] = d
t(d)
t(d, indent=2)
t([a], check_circular=True)
x = [1]
t([x, x, {'again': x}])
for v in [float('nan'), float('inf'), float('-inf')]:
    t(v, allow_nan=False)
    t([v], allow_nan=False)
    t([v], allow_nan=False, indent=1)
    t({'k': v}, allow_nan=False)
    t(v)
t([1], kw=1)
t([1], cls=json.JSONEncoder, bogus=2)
t(1, indent=1.5)
