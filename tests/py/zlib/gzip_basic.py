# gzip.compress/decompress with a fixed mtime: CPython's exact bytes; members, padding, errors.
import gzip
import zlib


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(r) if isinstance(r, bytes) else r)


data = b'gzip test data ' * 20
for level in (1, 5, 6, 9):
    g = gzip.compress(data, level, mtime=1234567890)
    print(level, len(g), g[:10], g[-8:], gzip.decompress(g) == data)
print(gzip.compress(b'', mtime=0))
print(gzip.compress(b'a', mtime=0))
print(gzip.compress(b'hello', compresslevel=1, mtime=2**31))
g = gzip.compress(b'abc', mtime=0)
print(gzip.decompress(g), zlib.decompress(g, 31), zlib.decompress(g, 47))
print(gzip.decompress(g + g), gzip.decompress(g + b'\0\0\0' + g), gzip.decompress(b''))
print(gzip.decompress(zlib.compress(b'via zlib', wbits=31)))
print(gzip.decompress(bytes(zlib.compress(b'xyz', wbits=31))))
t(lambda: gzip.decompress(b'not gzip data'))
t(lambda: gzip.decompress(g[:-1]))
t(lambda: gzip.decompress(g[:-9]))
t(lambda: gzip.decompress(g[:5]))
t(lambda: gzip.decompress(g[:-8] + b'\0\0\0\0' + g[-4:]))
t(lambda: gzip.decompress(g[:-4] + b'\x09\0\0\0'))
t(lambda: gzip.decompress(b'\x1f\x8b\x07' + g[3:]))
t(lambda: gzip.decompress(g + b'garbage'))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
# a header with FNAME, FCOMMENT, FEXTRA and FHCRC
body = zlib.compress(b'flags', wbits=-15)
import struct
hdr = struct.pack('<BBBBLBB', 0x1f, 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 255)
hdr += struct.pack('<H', 3) + b'xyz' + b'name.txt\0' + b'a comment\0' + b'\0\0'
print(gzip.decompress(hdr + body + struct.pack('<LL', zlib.crc32(b'flags'), 5)))
