import struct

vals = []
for k in (7, 8, 15, 16, 31, 32, 63, 64):
    b = 1 << k
    vals += [b - 1, b, -b, -b - 1]
vals += [0, 1, -1, 2 ** 100, -2 ** 100, True, False, 'x', 1.5, None, b'a']

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

vals += [Idx(5), Idx(-300), Idx(2 ** 70), Idx(-2 ** 70)]
for order in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        fmt = order + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'calcsize', e)
            continue
        out = []
        for v in vals:
            try:
                data = struct.pack(fmt, v)
                back = struct.unpack(fmt, data)[0]
                out.append(data.hex() + '=' + str(back))
            except Exception as e:
                out.append(type(e).__name__ + ':' + str(e))
        print(fmt, size)
        for o in out:
            print('   ', o)

class BadIdx:
    def __index__(self):
        raise ValueError('nope')
try:
    struct.pack('i', BadIdx())
except Exception as e:
    print(type(e).__name__, e)
class RetStr:
    def __index__(self):
        return 'x'
try:
    struct.pack('i', RetStr())
except Exception as e:
    print(type(e).__name__, e)
print(struct.pack('>i', -2), struct.pack('<q', -2), struct.pack('>Q', 2 ** 64 - 1), struct.pack('!h', 258))
print(struct.unpack('<h', b'\xff\x7f'), struct.unpack('>H', b'\xff\xfe'), struct.unpack('<b', b'\x80'), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.pack('3b', 1, -2, 3), struct.unpack('3B', b'\x01\xfe\x03'), struct.pack('<2h3i', 1, 2, 3, 4, 5).hex())
