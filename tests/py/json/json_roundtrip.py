# dumps/loads round trips and the JSONDecoder class
import json

values = [None, True, 0, -1, 2**70, 0.5, -1e-10, 1e100, 'é\n"', [], {}, [1, [2, [3]]],
          {'a': {'b': [None, True, {'c': 'd'}]}}, list(range(20)), {'k%d' % i: i for i in range(10)}]
for v in values:
    for kw in [{}, {'indent': 2}, {'separators': (',', ':')}, {'ensure_ascii': False},
               {'sort_keys': True}]:
        assert json.loads(json.dumps(v, **kw)) == v, (v, kw)
print('roundtrips ok')
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 'a'})))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('{"a": 1}{"b": 2}'))
print(dec.raw_decode('xx[3]', 2), dec.decode('  "s"  '))
for args in [('  [1]',), ('[1]', 5), ('[1]', -1), ('', 0)]:
    try:
        print(dec.raw_decode(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    dec.decode('[1] x')
except json.JSONDecodeError as e:
    print(e)


class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)


print(json.loads('{"a": {"b": 1}}', cls=D))
try:
    json.loads('[]', cls=json.JSONDecoder, bogus=1)
except TypeError as e:
    print('TypeError', e)
print(json.__all__)
print(sorted(n for n in dir(json) if not n.startswith('_') and n not in ('decoder', 'encoder', 'scanner', 'codecs', 'detect_encoding')))
