import struct, math, random

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, math.pi, float('inf'), float('-inf'), float('nan'), 5e-324, 1e-310,
        2.2250738585072014e-308, 1.7976931348623157e308, 65504.0, 65519.99, 65520.0, 65536.0, 6e-8,
        5.960464477539063e-08, 2.9802322387695312e-08, 2.9802322387695315e-08, 3.4028234663852886e38,
        3.4028235677973366e38, 3.4028235677973362e38, 1e-45, 7e-46, 7.006492321624085e-46, 1.401298464324817e-45,
        1e39, 10 ** 39, 10 ** 400, 100000, 3, True, -7, 'x', b'1', None, 1j, 2.5e-5, 6.103515625e-05,
        6.097555160522461e-05, 1.00048828125, 1.000244140625, 1.0000000596046448, 1.0000001788139343]

class Fl:
    def __float__(self):
        return 2.75

class Ix:
    def __index__(self):
        return 7

vals += [Fl(), Ix()]
for order in '@<>':
    for code in 'efd':
        fmt = order + code
        print(fmt, struct.calcsize(fmt))
        for v in vals:
            try:
                data = struct.pack(fmt, v)
                back = struct.unpack(fmt, data)[0]
                print('   ', data.hex(), repr(back), math.copysign(1.0, back))
            except Exception as e:
                print('   ', type(e).__name__, e)

rng = random.Random(7)
for code, n in (('e', 2), ('f', 4), ('d', 8)):
    rows = []
    for _ in range(300):
        b = rng.getrandbits(8 * n).to_bytes(n, 'little')
        v = struct.unpack('<' + code, b)[0]
        again = struct.pack('<' + code, v) if v == v else b'nan'
        rows.append('%s:%r:%s' % (b.hex(), v, again == b))
    print(code, ' '.join(rows))
    rows = []
    for _ in range(300):
        x = rng.choice([1, -1]) * math.ldexp(rng.random(), rng.randrange(-160, 130))
        try:
            rows.append(struct.pack('>' + code, x).hex())
        except OverflowError:
            rows.append('OVF')
    print(code, ' '.join(rows))
print(struct.unpack('>e', b'\x7e\x00'), struct.unpack('>e', b'\xfc\x00'), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
print(struct.pack('<2d', 1.5, -2), struct.unpack('<2f', struct.pack('<2f', 0.1, 0.2)))
