# json.dump / json.load with StringIO, real files and custom writers
import io
import json
import os

s = io.StringIO()
json.dump({'a': [1, 2.5, None], 'b': 'x'}, s)
print(repr(s.getvalue()))
s.seek(0)
print(json.load(s))
s = io.StringIO()
json.dump([1, {'k': 'v'}], s, indent=2, sort_keys=True)
print(s.getvalue())
s.seek(0)
print(json.load(s, object_pairs_hook=list))


class Chunks:
    def __init__(self):
        self.chunks = []

    def write(self, c):
        self.chunks.append(c)


c = Chunks()
json.dump({'k': [1, 2]}, c)
print(''.join(c.chunks), len(c.chunks) > 1)
c = Chunks()
json.dump('just a string', c)
print(c.chunks)
base = '/tmp/slotpy-json-%d.json' % os.getpid()
try:
    with open(base, 'w') as f:
        json.dump({'name': 'file', 'values': list(range(5)), 'é': True}, f, ensure_ascii=False)
    with open(base, encoding='utf-8') as f:
        print(f.read())
    with open(base) as f:
        print(json.load(f))
    with open(base, 'rb') as f:
        print(json.loads(f.read()))
finally:
    os.remove(base)
try:
    json.dump(object(), io.StringIO())
except TypeError as e:
    print('TypeError', e)
try:
    json.dump(float('nan'), io.StringIO(), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.load(io.StringIO('{bad}'))
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
