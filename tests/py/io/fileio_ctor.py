# io.FileIO: constructor modes and errors, attributes, repr, read/readall/readinto/write.
import io
import os
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(d, 'D'))


d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
try:
    with open(p, 'wb') as f:
        f.write(b'hello\nworld\n')
    for m in ['r', 'rb', 'w', 'wb', 'a', 'ab', 'r+', 'w+b', 'a+', 'rbb', 'bw']:
        with open(p, 'wb') as f:
            f.write(b'hello\nworld\n')
        f = io.FileIO(p, m)
        print(m, repr(f).replace(d, 'D'), f.mode, f.readable(), f.writable(), f.seekable(), f.closefd)
        f.close()
    for m in ['rt', 'rw', '', 'r++', 'x+x', 'q', 'U']:
        show(m, lambda: io.FileIO(p, m))
    show('x exists', lambda: io.FileIO(p, 'x'))
    show('missing', lambda: io.FileIO(os.path.join(d, 'nope')))
    show('dir', lambda: io.FileIO(d))
    show('closefd False', lambda: io.FileIO(p, closefd=False))
    show('mode int', lambda: io.FileIO(p, 1))
    show('no args', lambda: io.FileIO())
    show('bad file', lambda: io.FileIO(1.5))
    show('neg fd', lambda: io.FileIO(-3))

    with open(p, 'wb') as f:
        f.write(b'hello\nworld\n')
    f = io.FileIO(p)
    print(f.read(3), f.read(0), f.readall(), f.read(), f.readall())
    f.seek(0)
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.readinto(memoryview(ba)[1:3]), ba, f.tell())
    show('readinto bytes', lambda: f.readinto(b'abc'))
    show('readinto ro view', lambda: f.readinto(memoryview(b'abc')))
    show('write on read', lambda: f.write(b'x'))
    print(f.readline(), f.readlines())
    f.seek(0)
    print(list(f))
    print(f.name == p, f.fileno() >= 0, f.isatty())
    f.close()
    print(f.closed, repr(f))
    f.close()
    for op in ['read', 'readall', 'fileno', 'tell', 'isatty', 'readable', 'seekable']:
        show(op, getattr(f, op))
    show('write closed', lambda: f.write(b'x'))
    show('seek closed', lambda: f.seek(0))

    f = io.FileIO(p, 'w')
    print(f.write(b'abc'), f.write(bytearray(b'de')), f.write(memoryview(b'fgh')[1:]))
    show('write str', lambda: f.write('x'))
    show('read on write', lambda: f.read())
    print(f.tell(), f.truncate(2), f.tell())
    f.close()
    with open(p, 'rb') as g:
        print(g.read())

    fd = os.open(p, os.O_RDONLY)
    f = io.FileIO(fd)
    print(f.name == fd, f.closefd, f.read())
    f.close()
    show('fd closed', lambda: os.fstat(fd))
    fd = os.open(p, os.O_RDONLY)
    f = io.FileIO(fd, closefd=False)
    print(f.closefd, f.read())
    f.close()
    print(os.read(fd, 2))
    os.close(fd)

    seen = []

    def opener(path, flags):
        seen.append(path == p)
        return os.open(path, flags)

    with io.FileIO(p, 'r', opener=opener) as f:
        print(f.read(), seen)
    print(f.closed)

    class MyFile(io.FileIO):
        pass

    with MyFile(p) as f:
        print(type(f).__name__, f.read(1), repr(f).replace(d, 'D'))
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
