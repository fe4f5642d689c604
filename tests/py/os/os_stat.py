# stat / lstat / fstat: stat_result as a tuple and with attributes
import os

base = '/tmp/slotpy-os-stat-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'errno', None), repr(getattr(e, 'filename', None)))


try:
    with open('f', 'w') as f:
        f.write('hello world')
    os.mkdir('d')
    s = os.stat('f')
    print(type(s).__name__, type(s).__module__, isinstance(s, tuple), len(s))
    print(s.st_size, s[6], s.st_size == s[6], s.st_mode == s[0], s.st_ino == s[1], s.st_dev == s[2])
    print(s.st_nlink, s[3], s.st_uid == s[4], s.st_gid == s[5])
    print(type(s.st_mtime).__name__, type(s[8]).__name__, int(s.st_mtime) == s[8], type(s.st_mtime_ns).__name__)
    print(s.st_mtime_ns // 10**9 == s[8], abs(s.st_atime - s[7]) < 1, type(s.st_ctime).__name__)
    print(type(s.st_blksize).__name__, type(s.st_blocks).__name__, type(s.st_rdev).__name__)
    print(s.st_mode & 0o170000 == 0o100000, oct(s.st_mode & 0o170000))
    d = os.stat('d')
    print(d.st_mode & 0o170000 == 0o040000, d.st_mode & 0o170000 == 0o100000)
    print(os.stat(b'f').st_size, os.stat('./f').st_size, os.stat(path='f').st_size)
    print(s[:3] == (s.st_mode, s.st_ino, s.st_dev), s[-1] == s.st_ctime // 1, list(s)[6])
    a, b, c, n, u, g, size, at, mt, ct = s
    print(size, type(at).__name__)
    t(os.stat, 'missing')
    t(os.stat, b'missing')
    t(os.stat, 'f/x')
    t(os.stat, 1.5)
    t(os.stat, '')
    t(os.stat, 'f\0')
    t(os.stat)
    t(os.lstat, 'missing')
    t(os.lstat, 3.0)
    os.symlink('f', 'link')
    os.symlink('missing', 'broken')
    print(os.lstat('link').st_mode & 0o170000 == 0o120000, os.stat('link').st_mode & 0o170000 == 0o100000)
    print(os.stat('link').st_size, os.stat('link', follow_symlinks=False).st_mode & 0o170000 == 0o120000)
    t(os.stat, 'broken')
    print(os.lstat('broken').st_mode & 0o170000 == 0o120000)
    print(os.readlink('link'), os.readlink(b'link'))
    t(os.readlink, 'f')
    with open('f') as fo:
        fs = os.fstat(fo.fileno())
        print(fs.st_size, fs.st_ino == s.st_ino)
        print(os.stat(fo.fileno()).st_size)
    t(os.fstat, 9999)
    t(os.fstat, 'x')
    r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(r, r.st_mode, r.st_size, r[9], r.st_atime, r.st_blksize)
    t(os.stat_result, (1, 2))
    t(os.stat_result, tuple(range(20)))
    t(os.stat_result, 5)
    r2 = os.stat_result(tuple(range(10)), {'st_atime': 1.5, 'st_blksize': 512})
    print(r2.st_atime, r2[7], r2.st_blksize, r2.st_rdev)
    print(os.path.getsize('f'), type(os.path.getmtime('f')).__name__)
    os.truncate('f', 5)
    print(os.stat('f').st_size)
    os.utime('f', (1000000000, 1200000000))
    s2 = os.stat('f')
    print(s2.st_atime, s2.st_mtime, s2[7], s2[8], s2.st_mtime_ns)
    os.utime('f', ns=(5 * 10**9 + 5, 7 * 10**9 + 250000000))
    print(os.stat('f').st_mtime, os.stat('f').st_atime_ns)
    os.chmod('f', 0o640)
    print(oct(os.stat('f').st_mode & 0o777))
    print(os.access('f', os.F_OK), os.access('missing', os.F_OK), os.access('f', os.R_OK))
finally:
    os.chdir('/')
    for n in ['f', 'link', 'broken']:
        os.remove(base + '/' + n)
    os.rmdir(base + '/d')
    os.rmdir(base)
