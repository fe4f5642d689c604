# io.TextIOWrapper over a user-defined buffer object (duck typing, no io base class).
import io


class Buffer:
    def __init__(self, data=b'', chunk=None, has_read1=True):
        self.data = bytearray(data)
        self.pos = 0
        self.chunk = chunk
        self.closed = False
        self.log = []
        if not has_read1:
            self.read1 = None
            del self.read1

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        self.log.append('read')
        if n is None or n < 0:
            n = len(self.data) - self.pos
        if self.chunk:
            n = min(n, self.chunk)
        r = bytes(self.data[self.pos:self.pos + n])
        self.pos += len(r)
        return r

    def read1(self, n=-1):
        self.log.append('read1')
        return self.read(n)

    def write(self, b):
        self.log.append('write %r' % bytes(b))
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def flush(self):
        self.log.append('flush')

    def close(self):
        self.log.append('close')
        self.closed = True

    def tell(self):
        return self.pos

    def seek(self, pos, whence=0):
        self.pos = [0, self.pos, len(self.data)][whence] + pos
        return self.pos

    def truncate(self, pos=None):
        del self.data[self.pos if pos is None else pos:]
        return len(self.data)

    def fileno(self):
        return 99

    def isatty(self):
        return False


text = 'ünïcödé\nline two\r\n€ and 𝄞\n'
for chunk in [1, 2, 3, 7, None]:
    b = Buffer(text.encode('utf-8'), chunk)
    t = io.TextIOWrapper(b, encoding='utf-8')
    print(chunk, t.readlines(), b.log[:2])
b = Buffer(text.encode('utf-16-le'), None, has_read1=False)
t = io.TextIOWrapper(b, encoding='utf-16-le')
print(repr(t.read()), t.newlines, b.log[:2])
t = io.TextIOWrapper(io.BytesIO(text.encode('utf-16')), encoding='utf-16', newline='')
print(repr(t.read()), t.newlines)

b = Buffer()
t = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(t.fileno(), t.isatty(), t.readable(), t.writable(), t.seekable(), t.closed)
t.write('one\ntwo')
print(b.log)
t.flush()
print(b.log, bytes(b.data))
print(t.tell())
t.seek(0)
print(repr(t.read()))
t.seek(0)
print(t.truncate(3), bytes(b.data))
t.close()
print(b.log[-3:], t.closed)
t.close()

b = Buffer()
t = io.TextIOWrapper(b, line_buffering=True)
t.write('a')
t.write('b\nc')
print(b.log)
t.reconfigure(line_buffering=False, write_through=True)
t.write('d')
print(b.log)
print(t.detach() is b, b.log[-2:])


class NotReadable(Buffer):
    def readable(self):
        return False


t = io.TextIOWrapper(NotReadable())
try:
    t.read()
except io.UnsupportedOperation as e:
    print(e)
t.write('ok')
t.flush()
print(t.buffer.log)


class NotSeekable(Buffer):
    def seekable(self):
        return False


t = io.TextIOWrapper(NotSeekable(b'abc'))
print(t.seekable(), t.read())
try:
    t.tell()
except io.UnsupportedOperation as e:
    print(e)
try:
    t.seek(0)
except io.UnsupportedOperation as e:
    print(e)


class BadRead(Buffer):
    def read1(self, n=-1):
        return 'text'


try:
    io.TextIOWrapper(BadRead(b'abc')).read(1)
except TypeError as e:
    print(e)


class BadReadAll(Buffer):
    def read(self, n=-1):
        return 'text'


try:
    io.TextIOWrapper(BadReadAll(b'abc')).read()
except TypeError as e:
    print(e)
