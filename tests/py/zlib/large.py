# Larger data: block-wise output growth, max_length limits, incompressible input.
import zlib

state = 12345


def rnd(n):
    global state
    out = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        out.append(state >> 16 & 0xff)
    return bytes(out)


noise = rnd(50000)
text = b''.join(b'%d squared is %d\n' % (i, i * i) for i in range(20000))
for data in (noise, text, b'\0' * 300000):
    for level in (0, 1, 6, 9):
        z = zlib.compress(data, level)
        print(len(data), level, len(z), zlib.crc32(z), zlib.decompress(z) == data)
z = zlib.compress(text)
d = zlib.decompressobj()
sizes = []
out = []
tail = z
while True:
    chunk = d.decompress(tail, 40000)
    out.append(chunk)
    sizes.append(len(chunk))
    tail = d.unconsumed_tail
    if not tail:
        break
out.append(d.flush())
print(sizes, b''.join(out) == text, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(z)), d.eof, len(d.unused_data))
c = zlib.compressobj(9)
pieces = [c.compress(text[i:i + 65536]) for i in range(0, len(text), 65536)]
pieces.append(c.flush(zlib.Z_FULL_FLUSH))
pieces.append(c.compress(noise))
pieces.append(c.flush())
print([len(p) for p in pieces], zlib.crc32(b''.join(pieces)))
print(zlib.decompress(b''.join(pieces)) == text + noise)
print(zlib.decompress(z, bufsize=1) == text, zlib.crc32(text), zlib.adler32(text))
