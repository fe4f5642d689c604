# shutil.copyfileobj / copyfile / copymode / copystat / copy / copy2 and their errors
import io
import os
import shutil
import tempfile

old = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)


def t(f):
    try:
        print(repr(f()).replace(base, '<B>'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<B>'))


def write(name, text):
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


try:
    os.makedirs('src/sub')
    write('src/a.txt', 'A' * 100)
    os.symlink('a.txt', 'src/link')
    os.chmod('src/a.txt', 0o640)
    os.utime('src/a.txt', (1000000, 2000000))
    src, dst = io.BytesIO(b'0123456789'), io.BytesIO()
    t(lambda: shutil.copyfileobj(src, dst, 3))
    t(lambda: dst.getvalue())
    src, dst = io.StringIO('text' * 5000), io.StringIO()
    shutil.copyfileobj(src, dst)
    print(len(dst.getvalue()))
    t(lambda: shutil.copyfile('src/a.txt', 'x.txt'))
    t(lambda: read('x.txt') == 'A' * 100)
    t(lambda: shutil.copyfile('src/a.txt', 'src/a.txt'))
    t(lambda: shutil.copyfile('src/a.txt', 'src/link'))
    t(lambda: shutil.copyfile('src/a.txt', './src/../src/a.txt'))
    t(lambda: shutil.copyfile('nope', 'y'))
    t(lambda: shutil.copyfile('src/a.txt', 'nodir/y'))
    t(lambda: shutil.copyfile('src/a.txt', 'src'))
    t(lambda: shutil.copyfile('src', 'y'))
    t(lambda: shutil.copyfile('src/link', 'lnk2', follow_symlinks=False))
    t(lambda: os.readlink('lnk2'))
    t(lambda: shutil.copyfile('src/link', 'lnk3'))
    t(lambda: os.path.islink('lnk3'))
    t(lambda: shutil.copymode('src/a.txt', 'x.txt'))
    t(lambda: oct(os.stat('x.txt').st_mode & 0o777))
    t(lambda: shutil.copymode('nope', 'x.txt'))
    t(lambda: shutil.copymode('src/a.txt', 'nope'))
    t(lambda: shutil.copystat('src/a.txt', 'lnk3'))
    t(lambda: (os.stat('lnk3').st_mtime, oct(os.stat('lnk3').st_mode & 0o777)))
    t(lambda: shutil.copystat('nope', 'lnk3'))
    t(lambda: shutil.copy('src/a.txt', 'src/sub'))
    t(lambda: oct(os.stat('src/sub/a.txt').st_mode & 0o777))
    t(lambda: os.stat('src/sub/a.txt').st_mtime == 2000000)
    t(lambda: shutil.copy('src/a.txt', 'c.txt'))
    t(lambda: shutil.copy2('src/a.txt', 'z.txt'))
    t(lambda: os.stat('z.txt').st_mtime)
    t(lambda: shutil.copy2('src/a.txt', 'src/sub/'))
    t(lambda: shutil.copy2('src/link', 'l4', follow_symlinks=False))
    t(lambda: os.path.islink('l4'))
    t(lambda: shutil.copy('z.txt', 'z.txt'))
    t(lambda: shutil.copy2('missing', 'q'))
    from pathlib import Path
    t(lambda: shutil.copy(Path('src/a.txt'), Path('p.txt')))
    t(lambda: shutil.copyfile(Path('z.txt'), Path('z.txt')))
    print(issubclass(shutil.SameFileError, shutil.Error), shutil.Error.__mro__)
    print(shutil.SpecialFileError.__mro__[1], shutil.ExecError.__mro__[1])
    print(sorted(os.listdir('.')))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
