import struct

codes = 'xcbB?hHiIlLqQnNefdP'
for a in codes:
    for b in codes:
        f = a + b
        print(f, struct.calcsize(f), struct.calcsize('=' + f) if 'n' not in f and 'N' not in f and 'P' not in f else '-',
              struct.calcsize(f + '0q'), struct.calcsize('3' + f))
for f in ['b0i', 'b0q', 'bi0q', 'h0d', 'c3i', 'c0s', 'ci3s', 'c5p', 'cd?', 'lllh', 'ceh']:
    s = struct.Struct(f)
    vals = []
    for ch in f:
        pass
    print(f, s.size)
data = struct.pack('@bihqd', 1, 2, 3, 4, 5.0)
print(data.hex(), struct.unpack('@bihqd', data), len(data))
data = struct.pack('=bihqd', 1, 2, 3, 4, 5.0)
print(data.hex(), struct.unpack('=bihqd', data), len(data))
data = struct.pack('>bihqd', 1, 2, 3, 4, 5.0)
print(data.hex(), struct.unpack('>bihqd', data), len(data))
print(struct.pack('@c0i', b'x'), struct.pack('@ci', b'x', 1), struct.pack('@?q', True, -1).hex())
print(struct.pack('@P', 2 ** 64 - 1), struct.pack('@P', -1), struct.unpack('@P', b'\xff' * 8), struct.pack('@n', -5), struct.unpack('@N', b'\x01' * 8))
