# posixpath: join, split, splitext, basename, dirname, splitdrive (str and bytes)
import os.path as p


def t(f, *a):
    try:
        print(f.__name__, a, '->', repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, '|', e)


for args in [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', 'c'), ('a', ''), ('', 'a'),
             ('', ''), ('a', 'b/', 'c'), ('/', 'x'), ('a', 'b', '/c', 'd'), ('//a', 'b'),
             (b'a', b'b'), (b'/', b'x')]:
    t(p.join, *args)
t(p.join, 'a', 1)
t(p.join, 1, 'a')
t(p.join, 'a', b'b')
t(p.join, b'a', 'b')
t(p.join, 'a', None)
t(p.join)
for s in ['', 'a', 'a/b', 'a/b/', '/a', '/', '//', '///a', 'a//b', '/a/b/c.txt', '..', 'a/..', b'a/b', b'/']:
    t(p.split, s)
    t(p.basename, s)
    t(p.dirname, s)
for s in ['', 'a.txt', 'a.b.c', '.bashrc', 'a/.bashrc', '..', 'a.', 'a/b.c/d', 'a/b.c/d.e',
          '...x', '.a.b', 'x/..y.z', b'f.tar.gz', b'.x']:
    t(p.splitext, s)
t(p.splitdrive, 'c:/x')
t(p.splitdrive, b'/x')
t(p.split, 1)
t(p.basename, None)
t(p.dirname, 1.5)
t(p.splitext, [])


class PL:
    def __fspath__(self):
        return 'dir/file.py'


print(p.basename(PL()), p.dirname(PL()), p.splitext(PL()), p.join(PL(), 'x'), p.split(PL()))
