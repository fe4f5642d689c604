# tempfile.TemporaryDirectory: context manager, cleanup, nested content, read-only content
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
try:
    with tempfile.TemporaryDirectory(dir=base) as tdn:
        print(type(tdn).__name__, os.path.isdir(tdn), os.path.dirname(tdn) == base,
              os.path.basename(tdn)[:3])
        os.makedirs(os.path.join(tdn, 'a', 'b'))
        with open(os.path.join(tdn, 'a', 'f'), 'w') as g:
            g.write('x')
    print(os.path.exists(tdn))
    tdo = tempfile.TemporaryDirectory(prefix='zz', suffix='.d', dir=base)
    print(repr(tdo).startswith('<TemporaryDirectory '), repr(tdo).endswith(".d'>"),
          os.path.basename(tdo.name)[:2])
    tdo.cleanup()
    tdo.cleanup()
    print(os.path.exists(tdo.name))
    tdo = tempfile.TemporaryDirectory(dir=base)
    shutil.rmtree(tdo.name)
    tdo.cleanup()
    print('cleanup of a removed directory ok')
    tdo = tempfile.TemporaryDirectory(dir=base)
    ro = os.path.join(tdo.name, 'ro')
    os.mkdir(ro)
    with open(os.path.join(ro, 'file'), 'w') as g:
        g.write('data')
    os.chmod(ro, 0o500)
    tdo.cleanup()
    print(os.path.exists(tdo.name))
    with tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True) as name:
        pass
    print(os.path.exists(name))
    try:
        with tempfile.TemporaryDirectory(dir=base) as name:
            raise KeyError('inside')
    except KeyError as e:
        print('KeyError', e, os.path.exists(name))
    t = tempfile.TemporaryDirectory(dir=base)
    with t as n2:
        print(n2 == t.name)
    print(os.path.exists(n2))
    print(os.listdir(base))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
