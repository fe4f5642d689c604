# Round trips through dumps/loads and dump/load for mixed data in every protocol.
import io
import pickle


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
data = {
    'ints': [0, 1, -1, 2**100, -(2**65)],
    'floats': [0.5, -1e-9, 1e308],
    'text': ['', 'plain', 'caf\xe9', '\u4e2d\u6587', '\U0001f40d'],
    'bytes': [b'', b'\x00' * 3, bytes(range(10))],
    'nested': {'a': [1, (2, 3), {4, 5}], 'b': frozenset({6})},
    'tree': tree,
    'none': None,
    'bools': [True, False],
}
data['self'] = data
for proto in range(6):
    raw = pickle.dumps(data, proto)
    back = pickle.loads(raw)
    print(proto, len(raw), back['self'] is back, list(back['tree'].walk()),
          back['ints'] == data['ints'], back['text'] == data['text'],
          back['nested'] == data['nested'], back['bytes'] == data['bytes'])
    f = io.BytesIO()
    pickle.dump(data, f, protocol=proto)
    print('  file equal:', f.getvalue() == raw)
    f.seek(0)
    back2 = pickle.load(f)
    print('  load:', back2['floats'], back2['bools'], back2['none'])
    p = pickle.Pickler(io.BytesIO(), proto)
    p.dump(data)
    print('  pickler equal:', p.memo is not None)

# Pickling the same object twice with one Pickler reuses the memo.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ['s']
p.dump(shared)
p.dump([shared])
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a = u.load()
b = u.load()
print(a, b, b[0] is a, sorted(u.memo.copy()))
print(pickle.loads(memoryview(pickle.dumps([1, 2]))))
print(pickle.loads(bytearray(pickle.dumps('ba'))))
