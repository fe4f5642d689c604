# BytesIO: write, read, seek, tell, readline, truncate, getvalue, errors
import io


def t(f, *a):
    try:
        print('ok', repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, '|', e)


b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.tell(), b.getvalue())
print(b.seek(0), b.read(5), b.read(), b.read(), b.tell())
b = io.BytesIO(b'line1\nline2\nline3')
print(b.readline(), b.readline(3), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), b.seek(0), list(b))
b.seek(0)
print(b.readlines(7))
b = io.BytesIO(b'0123456789')
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(4, 1), b.read(2))
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(8)
print(b.write(b'X'), b.getvalue())
b.seek(1)
print(b.write(b'ab'), b.getvalue(), b.read(2))
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)
print(b.read1(2), b.readable(), b.writable(), b.seekable(), b.isatty())
t(b.write, 'str')
t(b.write, 5)
t(io.BytesIO, 'str')
t(b.read, 'x')
t(b.seek, -1)
t(b.seek, 0, 5)
t(b.truncate, -1)
t(b.fileno)
b.close()
print(b.closed)
for name in ['read', 'getvalue', 'tell', 'readline', 'flush', 'readable', 'isatty']:
    t(getattr(b, name))
t(b.write, b'x')
t(b.seek, 0)
print(type(io.BytesIO()).__name__, io.BytesIO.__module__, io.BytesIO(b'').getvalue())
with io.BytesIO(b'ctx') as f:
    print(f.read())
print(f.closed)
