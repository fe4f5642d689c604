import struct, random

rng = random.Random(4242)
ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1), 'i': (-2**31, 2**31 - 1),
          'I': (0, 2**32 - 1), 'l': (-2**31, 2**31 - 1), 'L': (0, 2**32 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for trial in range(60):
    order = rng.choice('<>!=')
    fmt = order
    vals = []
    for _ in range(rng.randrange(1, 7)):
        c = rng.choice('bBhHiIlLqQ?cefds')
        if c in ranges:
            lo, hi = ranges[c]
            vals.append(rng.randint(lo, hi))
            fmt += c
        elif c == '?':
            vals.append(rng.random() < 0.5)
            fmt += c
        elif c == 'c':
            vals.append(bytes([rng.randrange(256)]))
            fmt += c
        elif c == 's':
            n = rng.randrange(0, 6)
            vals.append(bytes(rng.randrange(97, 123) for _ in range(rng.randrange(0, 8))))
            fmt += '%ds' % n
        else:
            vals.append(rng.uniform(-1000, 1000))
            fmt += c
    data = struct.pack(fmt, *vals)
    back = struct.unpack(fmt, data)
    s = struct.Struct(fmt)
    assert s.pack(*vals) == data and s.unpack(data) == back
    buf = bytearray(len(data) + 3)
    s.pack_into(buf, 3, *vals)
    assert s.unpack_from(buf, 3) == back
    print(fmt, data.hex(), back)
rows = struct.pack('<' + 'hd' * 4, *[v for i in range(4) for v in (i, i / 3)])
print(list(struct.iter_unpack('<hd', rows)))
