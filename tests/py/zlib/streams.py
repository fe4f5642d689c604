# Compress and Decompress objects: incremental use, flush modes, max_length, copy, zdict.
import copy
import zlib

data = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(300))
c = zlib.compressobj()
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush())
out = b''.join(parts)
print([len(p) for p in parts], out == zlib.compress(data), zlib.decompress(out) == data)
for mode in ('Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_BLOCK', 'Z_FINISH'):
    c = zlib.compressobj(6)
    a = c.compress(b'abcabcabc' * 5)
    b = c.flush(getattr(zlib, mode))
    e = c.compress(b'xyz') if mode != 'Z_FINISH' else b''
    f = c.flush() if mode != 'Z_FINISH' else b''
    print(mode, a, b, e, f, zlib.decompress(a + b + e + f))
for args in [dict(level=1), dict(level=9, memLevel=9), dict(wbits=-15), dict(wbits=31),
             dict(strategy=zlib.Z_FILTERED), dict(strategy=zlib.Z_HUFFMAN_ONLY),
             dict(strategy=zlib.Z_RLE), dict(strategy=zlib.Z_FIXED), dict(level=0)]:
    c = zlib.compressobj(**args)
    z = c.compress(data) + c.flush()
    print(args, len(z), z[:10], zlib.decompress(z, args.get('wbits', 15)) == data)
# decompressobj in small pieces
z = zlib.compress(data, 9)
d = zlib.decompressobj()
got = b''.join(d.decompress(z[i:i + 7]) for i in range(0, len(z), 7)) + d.flush()
print(got == data, d.eof, d.unused_data, d.unconsumed_tail)
# max_length and unconsumed_tail
d = zlib.decompressobj()
chunk = d.decompress(z, 100)
print(len(chunk), chunk[:30], len(d.unconsumed_tail), d.eof)
pieces = [chunk]
while d.unconsumed_tail:
    pieces.append(d.decompress(d.unconsumed_tail, 1000))
pieces.append(d.flush())
print([len(p) for p in pieces], b''.join(pieces) == data, d.eof)
d = zlib.decompressobj()
print(d.decompress(z, 10), len(d.unconsumed_tail))
print(len(d.flush()), d.unconsumed_tail, d.eof)
# unused data across several calls
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'first') + b'sec'), d.unused_data, d.eof)
print(d.decompress(b'ond'), d.unused_data)
# copy
c = zlib.compressobj()
head = c.compress(b'common prefix ' * 10)
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
ends = [x.compress(s) + x.flush() for x, s in ((c, b'one'), (c2, b'two'), (c3, b'three'), (c4, b'four'))]
for e in ends:
    print(zlib.decompress(head + e))
d = zlib.decompressobj()
z2 = zlib.compress(b'0123456789' * 20)
first = d.decompress(z2[:15])
d2 = d.copy()
print(first + d.decompress(z2[15:]) == first + d2.decompress(z2[15:]), d2.eof)
print(copy.copy(d2).eof, copy.deepcopy(d2).unused_data)
# zdict
zd = b'the quick brown fox jumps over the lazy dog'
c = zlib.compressobj(zdict=zd)
z = c.compress(b'the lazy dog jumps over the quick brown fox') + c.flush()
print(z)
d = zlib.decompressobj(zdict=zd)
print(d.decompress(z))
d = zlib.decompressobj()
try:
    d.decompress(z)
except zlib.error as e:
    print('error', e)
d = zlib.decompressobj(zdict=b'wrong dictionary')
try:
    d.decompress(z)
except zlib.error as e:
    print('error', e)
c = zlib.compressobj(wbits=-15, zdict=zd)
z = c.compress(b'quick brown fox') + c.flush()
print(z, zlib.decompressobj(-15, zdict=zd).decompress(z))
d = zlib.decompressobj(zdict=bytearray(zd))
c = zlib.compressobj(zdict=zd)
print(d.decompress(c.compress(b'lazy fox') + c.flush()))
