# Protocol 4+ framing (64 KiB frame target, large payloads outside frames) and file output.
import binascii
import io
import pickle


def summary(data):
    return len(data), binascii.crc32(data), data[:24], data[-24:]


objs = [
    'a',
    'abc' * 10,
    ['x' * 70000, 'after'],
    [b'y' * 65536, b'z' * 65535, 'w' * 65535, 'v' * 65536],
    [str(i) * 20 for i in range(2500)],
    {i: (str(i) * 9, float(i)) for i in range(1800)},
    [b'a' * 30000, b'b' * 30000, b'c' * 30000],
    bytearray(b'q' * 70000),
    ('\xe9' * 40000,),
    [[i] * 40 for i in range(700)],
]
for o in objs:
    for proto in range(6):
        data = pickle.dumps(o, proto)
        f = io.BytesIO()
        pickle.dump(o, f, proto)
        print(proto, summary(data), f.getvalue() == data, pickle.loads(data) == o)
        print('   frames:', data.count(pickle.FRAME), data[2:3] == pickle.FRAME)

# Small pickles: a frame shorter than 4 bytes is dropped.
for o in [None, 1, 'a', (1, 2), [1, 2, 3], [], 2**40]:
    print(pickle.dumps(o, 4), pickle.dumps(o, 5))

# Several pickles in one file, read back one at a time.
f = io.BytesIO()
items = [1, 'two', [3], {'four': 4}, b'x' * 70000, ('y' * 80000, 6), None]
for i, o in enumerate(items):
    pickle.dump(o, f, i % 6)
print(len(f.getvalue()))
f.seek(0)
for i in range(len(items)):
    o = pickle.load(f)
    print(repr(o)[:30], o == items[i])
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# Loading from a file object that only has read() and readline().
class Reader:
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.calls = 0

    def read(self, n=-1):
        self.calls += 1
        return self.f.read(n)

    def readline(self):
        return self.f.readline()


for proto in (0, 2, 4, 5):
    r = Reader(pickle.dumps([list(range(30)), 'abc' * 30000], proto))
    back = pickle.load(r)
    print(proto, back[0][:3], len(back[1]), r.f.read() == b'')
