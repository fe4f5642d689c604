# OSError subclasses and messages raised by os functions; strerror
import errno
import os


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except OSError as e:
        print(type(e).__name__, '|', e, '|', e.errno, e.strerror, repr(e.filename), repr(e.filename2), e.args)
    except Exception as e:
        print(type(e).__name__, '|', e)


t(os.stat, 'no-such-file')
t(os.stat, b'no-such-file')
t(os.chdir, 'no-such-dir')
t(os.listdir, 'no-such-dir')
t(os.remove, 'no-such-file')
t(os.rmdir, '/')
t(os.mkdir, '/')
t(os.remove, '/')
t(os.listdir, '/dev/null')
t(os.rename, 'no-such', 'other')
t(os.open, 'no-such', os.O_RDONLY)
t(os.open, '/', os.O_WRONLY)
t(os.close, -1)
t(os.read, -1, 1)
t(os.fstat, -1)
e = FileNotFoundError(2, 'No such file or directory', 'x')
print(isinstance(e, OSError), e.errno == errno.ENOENT, str(e))
for code in [0, 1, 2, 13, 17, 20, 21, 22, 28, 39, 9999]:
    print(code, os.strerror(code))
t(os.strerror, 'x')
t(os.strerror, 1.0)
t(os.strerror)
t(os.strerror, 2**40)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY)
print(errno.errorcode[errno.ENOENT], errno.errorcode[17])
for name in ['stat', 'lstat', 'remove', 'rmdir', 'mkdir', 'listdir', 'chdir']:
    t(getattr(os, name), 1.5)
    t(getattr(os, name), [])
    t(getattr(os, name), 'nul\0byte')
