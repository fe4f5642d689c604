# The abstract classes io.IOBase, RawIOBase, BufferedIOBase, TextIOBase: default methods and messages.
import io
for cls in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    o = cls()
    print(cls.__name__, type(cls).__name__, [m for m in ('read','readinto','readall','write','read1','readinto1','detach','readline','seek','tell','truncate','fileno','encoding') if hasattr(o, m)])
    for m in ('read','readinto','readall','write','read1','readinto1','detach','seek','tell','truncate','fileno','flush','isatty', 'readline'):
        if not hasattr(o, m): continue
        args = {'readinto': (bytearray(2),), 'readinto1': (bytearray(2),), 'write': (b'x',), 'seek': (0,), 'read': (2,), 'read1': (2,)}.get(m, ())
        try: print(' ', m, getattr(o, m)(*args))
        except Exception as e: print(' ', m, type(e).__name__, e)
    print(o.closed, o.readable(), o.writable(), o.seekable()); o.close(); print(o.closed)
    try: o.flush()
    except Exception as e: print(type(e).__name__, e)
    try: iter(o)
    except Exception as e: print(type(e).__name__, e)
    try:
        with o: pass
    except Exception as e: print(type(e).__name__, e)
print(io.UnsupportedOperation.__mro__, io.UnsupportedOperation.__module__)
o = io.IOBase()
for m in ('_checkReadable', '_checkWritable', '_checkSeekable', '_checkClosed'):
    try: print(getattr(o, m)())
    except Exception as e: print(m, type(e).__name__, e)
print(io.IncrementalNewlineDecoder)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())


class Counter(io.RawIOBase):
    def __init__(self, n):
        self.n = n

    def readable(self):
        return True

    def readinto(self, b):
        k = min(len(b), self.n)
        for i in range(k):
            b[i] = 65 + (self.n - i) % 26
        self.n -= k
        return k


c = Counter(10)
print(c.read(3), c.readall(), c.read(), c.read(5))
c = Counter(20000)
print(len(c.readall()))
c = Counter(5)
with c as cc:
    print(cc is c, c.closed, list(Counter(3)))
print(c.closed)


class Buf(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        r, self.data = self.data[:n], self.data[n:]
        return r

    def readable(self):
        return True


b = Buf(b'hello\nworld')
ba = bytearray(3)
print(b.readinto(ba), ba, b.readline(), b.readlines())
try:
    b.readinto1(ba)
except io.UnsupportedOperation as e:
    print(e)


class Txt(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def writable(self):
        return True


t = Txt()
print('to txt', 1, file=t)
t.writelines(['a', 'b'])
print(t.parts, t.encoding, t.errors, t.newlines)
try:
    t.truncate()
except io.UnsupportedOperation as e:
    print(e)


class Closing(io.IOBase):
    def flush(self):
        print('flush called', self.closed)
        super().flush()


c = Closing()
c.close()
c.close()
print(c.closed)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
