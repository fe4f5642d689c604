# frombytes/tobytes/fromunicode/tounicode/fromfile/tofile and the buffer protocol.
import io
from array import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


for tc in 'bBuhHiIlLqQfd':
    a = array(tc, 'hi' if tc == 'u' else [1, 2, 3])
    b = a.tobytes()
    c = array(tc)
    c.frombytes(b)
    print(tc, b, c == a, bytes(a) == b, bytearray(a) == b, memoryview(a).tobytes() == b)
a = array('h', [1, -2])
a.frombytes(bytearray(b'\x03\x00'))
a.frombytes(memoryview(b'\x04\x00'))
a.frombytes(array('B', [5, 0]))
print(a)
t(lambda: a.frombytes('ab'))
t(lambda: a.frombytes(b'abc'))
t(lambda: a.frombytes(array('h', [1])))
t(lambda: a.frombytes(5))
t(lambda: a.frombytes(a))
print(a)
u = array('u', 'hello')
u.fromunicode(' w\xf6rld \u20ac\U0001f600')
print(u, u.tounicode(), len(u), u.tobytes()[:8])
t(lambda: array('i', [1]).fromunicode('ab'))
t(lambda: array('u', 'x').fromunicode(b'ab'))
t(lambda: array('u', 'x').fromunicode(5))
t(lambda: array('i', [1]).tounicode())
print(array('u').tounicode() == '', array('u', 'a\x00b').tounicode())
# buffer protocol
x = array('i', [1, 256])
print(bytes(x), bytearray(x), memoryview(array('B', [1, 2]))[1], b''.join([array('b', [65]), b'B']))
print(bytes(array('d')), bytearray(array('u', 'A')), b'-'.join([array('B', b'xy')]))
print(b'ab'.join([array('B', b'cd')]), bytearray(b'x').join([array('B', b'y'), b'z']))
ba = bytearray(b'12345')
ba[1:3] = array('B', b'ZZZ')
print(ba, b'\x01\x00' in bytes(array('h', [1])), array('B', b'abc') == b'abc')
print(memoryview(array('B', [9, 8, 7])).tolist(), bytes(memoryview(array('h', [1]))))
print(str(array('B', b'hi').tobytes(), 'ascii'), int.from_bytes(array('B', [1, 2]), 'big'))
# files
f = io.BytesIO()
array('i', [1, 2, 3]).tofile(f)
array('i').tofile(f)
print(f.getvalue())
f.seek(0)
r = array('i')
r.fromfile(f, 2)
print(r)
t(lambda: r.fromfile(f, 2))
print(r)
t(lambda: r.fromfile(f, -1))
t(lambda: r.fromfile(None, 1))
t(lambda: r.fromfile(f, 'x'))
t(lambda: array('i').tofile(None))
t(lambda: array('i', [1]).tofile(None))
big = array('B', bytes(range(256)) * 300)
f = io.BytesIO()
big.tofile(f)
print(len(f.getvalue()), f.getvalue() == big.tobytes())


class Reader:
    def read(self, n):
        return 'x' * n


t(lambda: array('i').fromfile(Reader(), 1))


class Short:
    def read(self, n):
        return b'\x01\x00\x00'


t(lambda: array('i').fromfile(Short(), 1))
# comparisons with bytes-like objects: bytes never equals an array, bytearray compares bytes
a = array('B', b'abc')
print(a == b'abc', b'abc' == a, bytearray(b'abc') == a, a == bytearray(b'abc'))
print(array('h', [1]) == b'\x01\x00', bytearray(b'\x01\x00') == array('h', [1]))
t(lambda: b'abc' < a)
