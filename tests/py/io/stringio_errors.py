# StringIO: argument errors and operations on a closed object
import io


def t(f, *a):
    try:
        print('ok', repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, '|', e)


s = io.StringIO('abc')
t(s.write, 1)
t(s.write, b'x')
t(s.write, None)
t(s.read, 'x')
t(s.read, 1.5)
t(s.readline, 'x')
t(s.readlines, 'a')
t(s.seek, -1)
t(s.seek, 1, 1)
t(s.seek, 1, 2)
t(s.seek, 0, 3)
t(s.seek, 0, -1)
t(s.seek, 'a')
t(s.seek, 1.5)
t(s.seek, 0, 1.5)
t(s.truncate, -1)
t(s.truncate, 'a')
t(s.fileno)
t(s.detach)
t(io.StringIO, 1)
t(io.StringIO, b'abc')
t(io.StringIO, [])
t(io.StringIO, 'a', 'b', 'c')
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    s.fileno()
except OSError as e:
    print('caught as OSError', type(e).__name__)
s.close()
print(s.closed)
for name in ['read', 'readline', 'getvalue', 'tell', 'readable', 'writable', 'seekable',
             'isatty', 'readlines', 'truncate', 'flush', '__enter__', '__iter__', '__next__',
             'close']:
    t(getattr(s, name))
t(s.write, 'x')
t(s.seek, 0)
t(s.writelines, ['x'])
t(lambda: s.newlines)
t(lambda: s.line_buffering)
t(lambda: [x for x in s])
t(s.fileno)
