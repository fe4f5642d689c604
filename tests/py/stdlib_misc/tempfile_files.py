# tempfile: NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
try:
    with tempfile.NamedTemporaryFile(dir=base, suffix='.txt', prefix='n_') as f:
        print(type(f).__name__, os.path.basename(f.name)[:2], f.name.endswith('.txt'),
              os.path.exists(f.name), f.mode, f.closed, f.delete)
        print(f.write(b'hello'))
        f.flush()
        f.seek(0)
        print(f.read(), f.tell())
        name = f.name
    print(os.path.exists(name), f.closed)
    f = tempfile.NamedTemporaryFile('w+', dir=base, delete=False, encoding='utf-8')
    f.write('line1\nline2\n')
    f.seek(0)
    print(list(f), f.name == f.file.name, f.mode)
    f.close()
    print(os.path.exists(f.name))
    with open(f.name) as g:
        print(repr(g.read()))
    os.unlink(f.name)
    f = tempfile.NamedTemporaryFile(dir=base)
    n = f.name
    f.close()
    f.close()
    print(os.path.exists(n))
    with tempfile.NamedTemporaryFile(mode='w', dir=base, newline='\r\n', delete=False) as f:
        f.write('a\nb\n')
    with open(f.name, 'rb') as g:
        print(g.read())
    os.unlink(f.name)
    with tempfile.NamedTemporaryFile(dir=base) as f:
        print(os.path.dirname(f.name) == base, f.readable(), f.writable(), f.seekable())
    with tempfile.TemporaryFile(dir=base) as f:
        f.write(b'abc')
        f.seek(0)
        print(f.read(), f.mode)
    with tempfile.TemporaryFile('w+', dir=base) as f:
        f.write('x\ny')
        f.seek(0)
        print(f.readlines())
    print(os.listdir(base))
    try:
        tempfile.NamedTemporaryFile(dir=os.path.join(base, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    print(s.write(b'12345'), s._rolled, s.tell(), s.name, s.closed)
    print(s.write(b'678901'), s._rolled, s.tell())
    s.seek(0)
    print(s.read())
    s.close()
    print(s.closed)
    s = tempfile.SpooledTemporaryFile(mode='w+', dir=base)
    s.write('abc\ndef')
    s.seek(0)
    print(repr(s.readline()), s._rolled, s.mode)
    s.rollover()
    print(s._rolled, s.tell(), repr(s.read()))
    s.close()
    with tempfile.SpooledTemporaryFile(dir=base) as s:
        s.write(b'x')
        print(type(s.fileno()).__name__, s._rolled)
        s.seek(0)
        print(s.read())
    s = tempfile.SpooledTemporaryFile(max_size=100, dir=base)
    s.writelines([b'a', b'b'])
    s.seek(0)
    print(s.read(), s._rolled)
    s.truncate(200)
    print(s._rolled)
    s.close()
    print(os.listdir(base))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
