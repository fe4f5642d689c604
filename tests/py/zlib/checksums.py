# crc32 and adler32: values, running checksums, masking of the start value, errors.
import zlib


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


for data in (b'', b'a', b'abc', b'hello world', bytes(range(256)), b'\xff' * 1000,
             bytearray(b'bytearray'), memoryview(b'memoryview')):
    print(zlib.crc32(data), zlib.adler32(data), hex(zlib.crc32(data)))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'hello world'))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(b'hello world'))
for start in (0, 1, -1, 2**32, 2**32 + 5, -2**40, 12345, True):
    print(start, zlib.crc32(b'abc', start), zlib.adler32(b'abc', start))
big = b'0123456789abcdef' * 100000
print(zlib.crc32(big), zlib.adler32(big))
t(lambda: zlib.crc32(b'abc', 1.5))
t(lambda: zlib.crc32('abc'))
t(lambda: zlib.crc32())
t(lambda: zlib.crc32(b'a', 1, 2))
t(lambda: zlib.crc32(b'a', value=1))
t(lambda: zlib.adler32(b'abc', 'x'))
t(lambda: zlib.adler32(None))
t(lambda: zlib.adler32())
