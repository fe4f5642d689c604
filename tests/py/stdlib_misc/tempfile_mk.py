# tempfile: gettempdir / gettempprefix / mkstemp / mkdtemp / mktemp / tempdir
import os
import shutil
import tempfile


def t(f):
    try:
        print(repr(f()).replace(base, '<B>'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<B>'))


print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
print(tempfile.TMP_MAX > 1000)
td = tempfile.gettempdir()
print(os.path.isabs(td), os.path.isdir(td), tempfile.gettempdir() == td,
      tempfile.gettempdirb() == os.fsencode(td))
base = tempfile.mkdtemp()
try:
    name = os.path.basename(base)
    print(name[:3], len(name), os.path.dirname(base) == td, oct(os.stat(base).st_mode & 0o777))
    fd, path = tempfile.mkstemp(dir=base)
    n = os.path.basename(path)
    print(type(fd).__name__, os.path.dirname(path) == base, n[:3], len(n),
          oct(os.stat(path).st_mode & 0o777), os.path.getsize(path))
    os.write(fd, b'data')
    os.close(fd)
    with open(path, 'rb') as f:
        print(f.read())
    fd, path2 = tempfile.mkstemp(suffix='.csv', prefix='pre_', dir=base, text=True)
    os.close(fd)
    n = os.path.basename(path2)
    print(n[:4], n[-4:], len(n), set(n[4:-4]) <= set('abcdefghijklmnopqrstuvwxyz0123456789_'))
    fd, path3 = tempfile.mkstemp(dir=os.fsencode(base))
    os.close(fd)
    print(type(path3).__name__, os.path.basename(path3)[:3])
    fd, path4 = tempfile.mkstemp(prefix=b'b_', dir=os.fsencode(base))
    os.close(fd)
    print(os.path.basename(path4)[:2])
    rel = os.path.relpath(base)
    fd, path5 = tempfile.mkstemp(dir=rel)
    os.close(fd)
    print(os.path.isabs(path5))
    t(lambda: tempfile.mkstemp(prefix=b'x', suffix='y'))
    t(lambda: tempfile.mkdtemp(prefix=b'x', dir=base))
    for func in (tempfile.mkstemp, tempfile.mkdtemp):
        try:
            func(dir=os.path.join(base, 'missing'))
        except FileNotFoundError as e:
            print('FileNotFoundError', e.errno, e.strerror,
                  os.path.dirname(e.filename) == os.path.join(base, 'missing'))
    d = tempfile.mkdtemp(suffix='_s', prefix='p_', dir=base)
    print(os.path.basename(d)[:2], os.path.basename(d)[-2:], len(os.path.basename(d)),
          oct(os.stat(d).st_mode & 0o777))
    d2 = tempfile.mkdtemp(dir=rel)
    print(os.path.isabs(d2), d2.startswith(rel))
    db = tempfile.mkdtemp(dir=os.fsencode(base))
    print(type(db).__name__)
    names = set(tempfile.mkdtemp(dir=base) for i in range(30))
    print(len(names))
    m = tempfile.mktemp(dir=base, suffix='.x', prefix='m')
    print(os.path.dirname(m) == base, os.path.exists(m), os.path.basename(m)[0],
          m.endswith('.x'))
    saved = tempfile.tempdir
    tempfile.tempdir = base
    print(tempfile.gettempdir() == base)
    fd, p = tempfile.mkstemp()
    os.close(fd)
    print(os.path.dirname(p) == base, os.path.dirname(tempfile.mkdtemp()) == base)
    tempfile.tempdir = saved
    print(tempfile.gettempdir() == td)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
