# the io module: names, open, abstract base classes, UnsupportedOperation
import io
import sys

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.BufferedWriter.__name__,
      io.BufferedRandom.__name__, io.FileIO.__name__)
print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__mro__[1:3])
print(type(sys.stdout) is io.TextIOWrapper, type(sys.stdin.buffer).__name__)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase),
      isinstance(sys.stdout, io.BufferedIOBase), isinstance(sys.stdin.buffer, io.BufferedIOBase))
s = io.StringIO()
b = io.BytesIO()
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.TextIOWrapper, io.TextIOBase),
      issubclass(int, io.IOBase), isinstance(1, io.IOBase))
print(io.BlockingIOError is BlockingIOError)
try:
    raise io.UnsupportedOperation('nope')
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)


class MyText(io.TextIOBase):
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)
        return len(s)

    def writable(self):
        return True


m = MyText()
print('via print', file=m)
m.writelines(['a', 'b'])
print(m.data, m.closed, m.readable(), m.seekable())
m.close()
print(m.closed)
try:
    m.writelines(['x'])
except ValueError as e:
    print('ValueError', e)
try:
    io.IOBase().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    io.IOBase().seek(0)
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(io.IOBase().readable(), io.IOBase().writable(), io.IOBase().seekable())
