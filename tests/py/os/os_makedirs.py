# makedirs: intermediate directories, exist_ok, errors, mode
import os

base = '/tmp/slotpy-os-makedirs-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', repr(getattr(e, 'filename', None)))


try:
    t(os.makedirs, 'a/b/c')
    print(os.path.isdir('a/b/c'))
    t(os.makedirs, 'a/b/c')
    t(os.makedirs, 'a/b/c', exist_ok=True)
    t(os.makedirs, 'a/b/c/', exist_ok=True)
    t(os.makedirs, 'a/b')
    t(os.makedirs, 'a//x///y/')
    print(os.path.isdir('a/x/y'))
    t(os.makedirs, 'a/./dot/.')
    print(os.path.isdir('a/dot'))
    t(os.makedirs, b'bytes/dir')
    print(os.path.isdir('bytes/dir'))
    open('file', 'w').close()
    t(os.makedirs, 'file')
    t(os.makedirs, 'file', exist_ok=True)
    t(os.makedirs, 'file/sub')
    t(os.makedirs, 'file/sub', exist_ok=True)
    t(os.makedirs, '')
    t(os.makedirs, 'm', 0o700)
    print(oct(os.stat('m').st_mode & 0o777))
    t(os.makedirs, 1)
    t(os.makedirs)
    t(os.makedirs, os.getcwd(), exist_ok=True)
finally:
    os.chdir('/')
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)
print(os.path.exists(base))
