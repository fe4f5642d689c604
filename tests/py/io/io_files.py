# io.open on real files (text and binary) in a private temporary directory
import io
import os

base = '/tmp/slotpy-io-files-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    with io.open('t.txt', 'w') as f:
        print(type(f).__name__, f.write('one\ntwo\n'), f.name, f.mode)
        print('three', file=f)
    with io.open('t.txt') as f:
        print(f.readlines())
    with io.open('t.txt', 'rb') as f:
        print(type(f).__name__, f.read())
    with io.open('t.txt', 'a') as f:
        f.write('four\n')
    with io.open('t.txt', encoding='utf-8') as f:
        print([line.rstrip() for line in f])
    with io.open('b.bin', 'wb') as f:
        print(type(f).__name__, f.write(bytes(range(5))))
    with io.open('b.bin', 'rb', buffering=0) as f:
        print(type(f).__name__, f.read())
    with io.open('b.bin', 'r+b') as f:
        print(type(f).__name__, f.read(2), f.seek(0), f.write(b'\xff'), f.seek(0), f.read())
    print(isinstance(io.open('t.txt'), io.TextIOBase))
    try:
        io.open('missing.txt')
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
    data = io.StringIO()
    with io.open('t.txt') as f:
        for line in f:
            data.write(line.upper())
    print(repr(data.getvalue()))
finally:
    os.chdir('/')
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
print(os.path.exists(base))
