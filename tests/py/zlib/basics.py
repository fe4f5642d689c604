# zlib.compress/decompress: levels, wbits (zlib, raw, gzip, auto), bufsize, constants.
import zlib

print(sorted(k for k in dir(zlib) if not k.startswith('__')))
for k in ['MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_NO_COMPRESSION',
          'Z_BEST_SPEED', 'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_FILTERED',
          'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED', 'Z_DEFAULT_STRATEGY', 'Z_NO_FLUSH',
          'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK', 'Z_TREES']:
    print(k, getattr(zlib, k))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(zlib.ZLIB_VERSION).__name__, zlib.__version__)
print(zlib.error.__module__, zlib.error.__name__, issubclass(zlib.error, Exception))
data = b'hello hello hello hello, zlib world! ' * 3
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c), c, zlib.decompress(c) == data)
print(zlib.compress(b''), zlib.compress(b'', 0), zlib.compress(b'a'))
print(zlib.compress(data, level=1, wbits=9))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, c[:12], len(c), zlib.decompress(c, wbits) == data)
gz = zlib.compress(data, wbits=31)
print(zlib.decompress(gz, 47) == data, zlib.decompress(zlib.compress(data), 47) == data,
      zlib.decompress(gz, 31) == data, zlib.decompress(zlib.compress(data), 0) == data)
print(zlib.decompress(zlib.compress(data, wbits=10), 15) == data)
for bufsize in (0, 1, 7, 100, 16384):
    print(bufsize, zlib.decompress(zlib.compress(data), bufsize=bufsize) == data)
print(zlib.decompress(bytearray(zlib.compress(b'bytearray'))), zlib.compress(memoryview(b'mv')))
print(zlib.decompress(zlib.compress(data) + b'junk after end'))
print(zlib.decompress(data=zlib.compress(b'x')) if False else 'skip')
# all byte values and a repetitive pattern
allb = bytes(range(256)) * 4
print(zlib.compress(allb)[:20], len(zlib.compress(allb)), zlib.decompress(zlib.compress(allb, 9)) == allb)
