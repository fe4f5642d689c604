# scandir and DirEntry
import os

base = '/tmp/slotpy-os-scandir-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    with open('f.txt', 'w') as f:
        f.write('abc')
    os.mkdir('sub')
    os.symlink('f.txt', 'lnk')
    os.symlink('sub', 'dlnk')
    os.symlink('gone', 'dead')
    with os.scandir() as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    e = entries[2]
    print(e.name, e.stat().st_size, e.inode() == os.lstat('f.txt').st_ino, os.fspath(e))
    print(entries[0].stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000)
    try:
        entries[0].stat()
    except FileNotFoundError as exc:
        print('FileNotFoundError', exc)
    print(sorted(e.path for e in os.scandir('sub')), sorted(e.path for e in os.scandir('.')))
    print(sorted(e.name for e in os.scandir(b'.')), [e.path for e in os.scandir(b'sub')])
    it = os.scandir('.')
    print(iter(it) is it, type(next(it)).__name__)
    it.close()
    print(list(it))
    try:
        os.scandir('missing')
    except FileNotFoundError as exc:
        print('FileNotFoundError', exc)
    print(isinstance(entries[0], os.PathLike), os.path.join(entries[3], 'x'))
finally:
    os.chdir('/')
    for n in ['f.txt', 'lnk', 'dlnk', 'dead']:
        os.remove(base + '/' + n)
    os.rmdir(base + '/sub')
    os.rmdir(base)
print(os.path.exists(base))
