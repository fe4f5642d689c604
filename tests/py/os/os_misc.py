# getpid, cpu_count, urandom, getcwd/chdir, fspath, fsencode/fsdecode, PathLike, umask, uname
import os
import sys


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e)


print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid(), os.getppid() > 0)
n = os.cpu_count()
print(n is None or (isinstance(n, int) and n >= 1))
for k in [0, 1, 16, 100]:
    r = os.urandom(k)
    print(type(r).__name__, len(r))
print(os.urandom(32) != os.urandom(32))
t(os.urandom, -1)
t(os.urandom, 1.5)
t(os.urandom, 'x')
t(os.urandom)
t(os.urandom, size=3)
cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), type(os.getcwdb()).__name__, os.getcwdb() == os.fsencode(cwd))
os.chdir('/')
print(os.getcwd(), os.getcwdb())
os.chdir(b'/tmp')
print(os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'))
os.chdir(cwd)
print(os.getcwd() == cwd)
t(os.getcwd, 1)
t(os.chdir)
t(os.chdir, '/etc/passwd')


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


class NotP:
    pass


print(os.fspath('s'), os.fspath(b'b'), os.fspath(P('p')), os.fspath(P(b'pb')))
t(os.fspath, 1)
t(os.fspath, P(1))
t(os.fspath, NotP())
t(os.fspath, None)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), isinstance(NotP(), os.PathLike))
print(issubclass(P, os.PathLike), issubclass(str, os.PathLike), issubclass(os.DirEntry, os.PathLike))
print(os.fsencode('abc'), os.fsencode(b'x'), os.fsencode(P('p')), os.fsdecode(b'abc'), os.fsdecode('s'))
print(os.fsencode('\udcff'), os.fsdecode(b'\xff'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
t(os.fsencode, 1)
t(os.fsdecode, None)
old = os.umask(0o22)
print(os.umask(old) == 0o22, type(old).__name__)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, type(u.release).__name__)
print(os.stat(os.devnull).st_mode & 0o170000 == 0o020000)
print(os.access('/', os.F_OK), os.access('/no/such/path', os.F_OK))
t(os.access, '/')
print(os.getuid() >= 0, os.geteuid() >= 0, os.getgid() >= 0, os.getegid() >= 0)
print(os.waitstatus_to_exitcode(0), os.waitstatus_to_exitcode(256 * 3))
sys.stdout.flush()
st = os.system('exit 3')
print(st, os.waitstatus_to_exitcode(st))
sys.stdout.flush()
print(os.system('true'))
for fn in ['urandom', 'strerror', 'umask', 'fstat', 'close', 'dup', 'isatty', 'fspath', 'unsetenv',
           'chdir', 'listdir', 'getcwd', 'stat', 'lstat', 'mkdir', 'rmdir', 'remove', 'rename',
           'symlink', 'link', 'readlink', 'access', 'chmod', 'open', 'read', 'write', 'lseek',
           'pipe', 'cpu_count', 'putenv', 'system', 'uname', 'getpid']:
    f = getattr(os, fn)
    t(f, 1, 2, 3, 4, 5, 6)
    t(f, zzz=1)
