# listdir: default '.', None, bytes, PathLike, errors
import os

base = '/tmp/slotpy-os-listdir-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


def t(f, *a):
    try:
        r = f(*a)
        if isinstance(r, list):
            r = sorted(r)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, '|', e)


try:
    print(os.listdir())
    for n in ['b', 'a', 'c.txt', '.hidden', 'dir']:
        if n == 'dir':
            os.mkdir(n)
        else:
            open(n, 'w').close()
    open('dir/inner', 'w').close()
    t(os.listdir)
    t(os.listdir, '.')
    t(os.listdir, None)
    t(os.listdir, b'.')
    t(os.listdir, 'dir')
    t(os.listdir, b'dir')
    t(os.listdir, P('dir'))
    t(os.listdir, P(b'dir'))
    t(os.listdir, 'missing')
    t(os.listdir, 'a')
    t(os.listdir, 1.5)
    t(os.listdir, [])
    t(os.listdir, 'dir', 'x')
    t(os.listdir, path='dir')
    print(all(isinstance(x, str) for x in os.listdir()), all(isinstance(x, bytes) for x in os.listdir(b'.')))
    print('.' in os.listdir(), '..' in os.listdir())
    fd = os.open('dir', os.O_RDONLY)
    t(os.listdir, fd)
    t(os.listdir, fd)
    os.close(fd)
finally:
    os.chdir('/')
    os.remove(base + '/dir/inner')
    os.rmdir(base + '/dir')
    for n in os.listdir(base):
        os.remove(base + '/' + n)
    os.rmdir(base)
print('done', os.path.exists(base))
