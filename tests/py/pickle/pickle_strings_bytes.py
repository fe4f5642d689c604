# str, bytes and bytearray pickles for every protocol (short, long, non-ASCII, escapes).
import pickle

texts = ['', 'a', 'abc', 'caf\xe9', '\u20ac uro', '\U0001f600 smile', 'back\\slash',
         'new\nline', 'cr\rx', 'nul\x00x', 'sub\x1ax', 'tab\t"quote\'', 'x' * 255, 'y' * 256,
         '\xff' * 130, 'mixed \x7f\x80\x9f\xa0']
for t in texts:
    print(ascii(t)[:40], len(t))
    for proto in range(6):
        data = pickle.dumps(t, proto)
        print(' ', proto, data if len(data) < 120 else (data[:40], len(data)),
              pickle.loads(data) == t)

blobs = [b'', b'a', b'\x00\xff\x80', bytes(range(256)), b'z' * 300]
for b in blobs:
    print(b[:10], len(b))
    for proto in range(6):
        data = pickle.dumps(b, proto)
        back = pickle.loads(data)
        print(' ', proto, data if len(data) < 120 else (data[:50], len(data)),
              type(back).__name__, back == b)

for ba in [bytearray(), bytearray(b'ab\x00'), bytearray(b'q' * 260)]:
    print(ba[:10], len(ba))
    for proto in range(6):
        data = pickle.dumps(ba, proto)
        back = pickle.loads(data)
        print(' ', proto, data if len(data) < 120 else (data[:50], len(data)),
              type(back).__name__, back == ba)

# Shared bytes under protocols < 3 reuse the memoized _codecs.encode and 'latin1'.
b1, b2 = b'one', b'two'
for proto in range(4):
    print(proto, pickle.dumps([b1, b2, b1, b''], proto))
print(pickle.loads(pickle.dumps([b1, b2, b1], 2)))
s = 'shared text'
print(pickle.dumps([s, s, s], 0))
print(pickle.dumps([s, s, s], 4))
# Lone surrogates go through the surrogatepass error handler.
for proto in (0, 1, 4):
    data = pickle.dumps('a\ud800b', proto)
    print(proto, data, pickle.loads(data) == 'a\ud800b')
