# GzipFile and gzip.open: writing (deterministic with mtime), reading, text mode, seeking.
import gzip
import io
import os
import tempfile


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(r) if isinstance(r, bytes) else r)


buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.write(b'line one\n'), f.write(bytearray(b'line two\n')), f.write(memoryview(b'3\n')))
    print(f.writable(), f.readable(), f.seekable(), f.tell(), f.closed)
print(f.closed, buf.getvalue())
raw = buf.getvalue()
print(gzip.decompress(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(4), f.read1(3), f.peek(1)[:1], f.readline(), f.tell(), f.mtime)
    print(f.readlines(), f.read(), f.read(5))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(list(f))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.seek(5), f.read(3), f.seek(2, 1), f.read(4), f.seek(0), f.read(4))
    f.rewind()
    print(f.read(2), f.readline(3), f.readline(100))
    t(lambda: f.seek(0, 2))
    t(lambda: f.write(b'x'))
buf = io.BytesIO()
with gzip.GzipFile('named.txt.gz', 'wb', 6, buf, 99) as f:
    f.write(b'named')
print(buf.getvalue())
buf = io.BytesIO()
with gzip.GzipFile('x', 'w', 1, buf, 7) as f:
    f.write(b'level1')
    f.flush()
    print(buf.getvalue())
    print(f.seek(10), f.tell())
    t(lambda: f.seek(2))
    t(lambda: f.seek(0, 2))
    t(lambda: f.read())
print(buf.getvalue(), gzip.decompress(buf.getvalue()))
t(lambda: f.write(b'closed'))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'))
t(lambda: gzip.open(io.BytesIO(), 'rbt'))
t(lambda: gzip.open(io.BytesIO(), 'rb', encoding='utf-8'))
t(lambda: gzip.open(io.BytesIO(), 'rb', errors='strict'))
t(lambda: gzip.open(io.BytesIO(), 'rb', newline='\n'))
t(lambda: gzip.open(123))
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(b'not gzip!!!')).read())
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'abc', mtime=0)[:-3])).read())
t(lambda: gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'abc', mtime=0)[:12])).read())
# several members and padding
two = gzip.compress(b'first\n', mtime=0) + b'\0' * 4 + gzip.compress(b'second\n', mtime=0)
with gzip.GzipFile(fileobj=io.BytesIO(two)) as f:
    print(f.read())
with gzip.GzipFile(fileobj=io.BytesIO(two)) as f:
    print(f.readline(), f.readline(), f.readline())
# files on disk
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.txt.gz')
with gzip.open(path, 'wb') as f:
    f.write(b'on disk\n' * 3)
with gzip.open(path) as f:
    print(f.name == path, f.read())
with open(path, 'rb') as fp:
    head = fp.read(20)
print(head[:4], head[8:], len(head))
with gzip.open(path, 'ab') as f:
    f.write(b'appended\n')
with gzip.open(path, 'rb') as f:
    print(f.read())
with gzip.open(path, 'wt', encoding='utf-8') as f:
    print(f.write('text \u20ac\nline 2\n'), f.write('x'))
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.readline(), f.read())
with gzip.open(path, 'rt') as f:
    print(list(f))
with gzip.open(path, 'wt', newline='\r\n') as f:
    f.write('a\nb\n')
with gzip.open(path, 'rb') as f:
    print(f.read())
with gzip.open(path, 'rt') as f:
    print(repr(f.read()))
with gzip.open(path, 'rt', newline='') as f:
    print(list(f))
big = bytes(range(256)) * 2000
with gzip.GzipFile(path, 'wb', mtime=0) as f:
    for i in range(0, len(big), 10000):
        f.write(big[i:i + 10000])
with gzip.GzipFile(path, 'rb') as f:
    print(f.read() == big)
with gzip.GzipFile(path, 'rb') as f:
    print(f.seek(300000), f.read(3), f.tell())
os.remove(path)
os.rmdir(d)
