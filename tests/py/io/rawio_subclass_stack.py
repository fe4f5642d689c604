# A user io.RawIOBase subclass (readinto only) under io.BufferedReader and io.TextIOWrapper:
# decoding across chunk boundaries, universal newlines, buffered methods.
import io


class ChunkRaw(io.RawIOBase):
    def __init__(self, data, chunk):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


text = 'héllo wörld\r\nline2\rline3\n€uro 𝄞 end\r'
data = text.encode('utf-8')

r = ChunkRaw(data, 3)
print(r.read(4), r.read(0), len(r.read()), r.read(), r.readable(), r.writable(), r.seekable())
r = ChunkRaw(b'ab\ncd\nef', 2)
print(r.readline(), r.readlines())

for chunk in [1, 2, 3, 5, 64]:
    t = io.TextIOWrapper(io.BufferedReader(ChunkRaw(data, chunk), 4), encoding='utf-8')
    print(chunk, [t.readline() for _ in range(6)])
    t = io.TextIOWrapper(io.BufferedReader(ChunkRaw(data, chunk)), encoding='utf-8', newline='')
    print(chunk, list(t))
    t = io.TextIOWrapper(io.BufferedReader(ChunkRaw(data, chunk)), encoding='utf-8')
    parts = []
    while True:
        s = t.read(2)
        if not s:
            break
        parts.append(s)
    print(chunk, parts)

br = io.BufferedReader(ChunkRaw(b'0123456789', 3), 4)
print(repr(br), br.readable(), br.writable(), br.seekable(), br.closed)
print(br.peek(1)[:1], br.read1(2), br.read(3), br.read1(), br.read())
br = io.BufferedReader(ChunkRaw(b'0123456789', 3), 4)
ba = bytearray(5)
print(br.readinto(ba), ba, br.readinto1(ba), ba, br.readinto(memoryview(ba)[:2]), ba)
print(br.readline(), br.read(), br.read(5))
br.close()
print(br.closed, br.raw.closed)
try:
    br.read()
except ValueError as e:
    print(e)


class BadRaw(ChunkRaw):
    def readinto(self, b):
        return len(b) + 5


try:
    io.BufferedReader(BadRaw(b'abc', 1)).read(2)
except OSError as e:
    print(type(e).__name__, e)


class WriteOnly(io.RawIOBase):
    def __init__(self):
        self.out = []

    def writable(self):
        return True

    def write(self, b):
        self.out.append(bytes(b))
        return len(b)


try:
    io.BufferedReader(WriteOnly())
except Exception as e:
    print(type(e).__name__, e)
w = WriteOnly()
bw = io.BufferedWriter(w, 4)
print(repr(bw), bw.writable(), bw.readable())
bw.write(b'ab')
print(w.out)
bw.write(b'cdefgh')
print(w.out)
bw.write(memoryview(b'xy'))
bw.write(bytearray(b'z'))
bw.flush()
print(w.out)
try:
    bw.write('str')
except TypeError as e:
    print(e)
t = io.TextIOWrapper(io.BufferedWriter(w), encoding='utf-8', newline='\r\n')
t.write('a\nb€\n')
print(w.out[-1:])
t.flush()
print(w.out[-1:])
t.close()
print(w.closed, t.closed)
try:
    io.BufferedWriter(ChunkRaw(b'', 1))
except Exception as e:
    print(type(e).__name__, e)
try:
    io.BufferedRandom(ChunkRaw(b'', 1))
except Exception as e:
    print(type(e).__name__, e)
