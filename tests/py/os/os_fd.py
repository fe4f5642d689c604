# file descriptors: open, write, read, lseek, close, pipe, dup, fstat, isatty
import os

base = '/tmp/slotpy-os-fd-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e)


try:
    fd = os.open('data', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, fd > 2)
    print(os.write(fd, b'hello '), os.write(fd, bytearray(b'world')), os.write(fd, b'!'))
    t(os.write, fd, 'str')
    t(os.read, fd, 1)
    os.close(fd)
    t(os.close, fd)
    fd = os.open('data', os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 100))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
    t(os.lseek, fd, -100, os.SEEK_SET)
    print(os.fstat(fd).st_size, os.isatty(fd))
    fd2 = os.dup(fd)
    print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_CUR))
    os.close(fd2)
    t(os.read, fd, -1)
    t(os.read, fd)
    t(os.read, 'x', 1)
    os.close(fd)
    t(os.open, 'data', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    t(os.open, 'missing', os.O_RDONLY)
    t(os.open, 'data')
    fd = os.open('data', os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'+more')
    os.close(fd)
    with open('data', 'rb') as f:
        print(f.read())
    r, w = os.pipe()
    print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
    os.close(w)
    print(os.read(r, 10))
    os.close(r)
    t(os.isatty, 12345)
    t(os.fstat, 12345)
    with open('data') as f:
        print(os.read(f.fileno(), 5))
    t(os.close, 'x')
    fd = os.open(b'data', os.O_RDONLY)
    print(os.read(fd, 2))
    os.close(fd)
finally:
    os.chdir('/')
    os.remove(base + '/data')
    os.rmdir(base)
print(os.path.exists(base))
