# shutil.copytree (symlinks, ignore, ignore_patterns, dirs_exist_ok) and rmtree (onerror)
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


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for n in sorted(dirs + files):
            p = os.path.join(root, n)
            out.append(p + ('@' if os.path.islink(p) else '/' if os.path.isdir(p) else ''))
    return out


try:
    os.makedirs('src/sub/deep')
    write('src/a.txt', 'A')
    write('src/b.pyc', 'B')
    write('src/sub/c.txt', 'C')
    write('src/sub/deep/d.txt', 'D')
    os.symlink('a.txt', 'src/link')
    os.symlink('sub', 'src/dlink')
    os.utime('src/a.txt', (10, 20))
    t(lambda: shutil.copytree('src', 'dst'))
    print(tree('dst'))
    t(lambda: os.stat('dst/a.txt').st_mtime)
    t(lambda: shutil.copytree('src', 'dst'))
    t(lambda: shutil.copytree('src', 'dst', dirs_exist_ok=True))
    t(lambda: shutil.copytree('src', 'dst2', symlinks=True,
                              ignore=shutil.ignore_patterns('*.pyc', 'deep')))
    print(tree('dst2'))
    t(lambda: os.readlink('dst2/link'))
    seen = []

    def ign(d, names):
        seen.append((d, sorted(names)))
        return ['c.txt', 'link']

    t(lambda: shutil.copytree('src', 'dst3', ignore=ign))
    for s in seen:
        print(s)
    print(tree('dst3'))
    copied = []

    def mycopy(s, d):
        copied.append((s, d))
        return shutil.copy2(s, d)

    t(lambda: shutil.copytree('src/sub', 'dst4', copy_function=mycopy))
    print(sorted(copied))
    f = shutil.ignore_patterns('*.txt', 'b*')
    print(sorted(f('x', ['a.txt', 'b.pyc', 'c.py', 'bb'])))
    t(lambda: shutil.copytree('nope', 'dst5'))
    t(lambda: shutil.copytree('src/a.txt', 'dst5'))
    os.symlink('missing', 'src/broken')
    t(lambda: shutil.copytree('src', 'dst6'))
    t(lambda: shutil.copytree('src', 'dst7', ignore_dangling_symlinks=True))
    t(lambda: shutil.copytree('src', 'dst8', symlinks=True))
    t(lambda: os.path.islink('dst8/broken'))
    os.unlink('src/broken')
    t(lambda: shutil.rmtree('dst3'))
    t(lambda: os.path.exists('dst3'))
    t(lambda: shutil.rmtree('dst3'))
    t(lambda: shutil.rmtree('dst3', ignore_errors=True))
    errs = []

    def onerror(func, path, info):
        errs.append((func.__name__, path, info[0].__name__, str(info[1])))

    t(lambda: shutil.rmtree('dst3', onerror=onerror))
    write('file.txt', 'x')
    t(lambda: shutil.rmtree('file.txt'))
    t(lambda: shutil.rmtree('file.txt', onerror=onerror))
    os.symlink('dst2', 'dirlink')
    t(lambda: shutil.rmtree('dirlink'))
    t(lambda: shutil.rmtree('dirlink', onerror=onerror))
    t(lambda: shutil.rmtree('dirlink', ignore_errors=True))
    for e in errs:
        print(e)
    t(lambda: os.path.isdir('dst2'))
    t(lambda: shutil.rmtree('dst8'))
    t(lambda: shutil.rmtree(b'dst7'))
    from pathlib import Path
    t(lambda: shutil.rmtree(Path('dst6')))
    print(sorted(os.listdir('.')))
    print(shutil.rmtree.avoids_symlink_attacks)
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
