# The layers open() builds in every mode: types, raw/buffer attributes, modes, closefd.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
try:
    with open(p, 'w') as f:
        f.write('abc\n')
    for mode in ['r', 'rt', 'w', 'a', 'r+', 'w+', 'a+', 'rb', 'wb', 'ab', 'r+b', 'w+b', 'a+b']:
        with open(p, 'w') as f:
            f.write('abc\n')
        f = open(p, mode)
        layers = [type(f).__name__]
        b = f
        if hasattr(f, 'buffer'):
            b = f.buffer
            layers.append(type(b).__name__)
        raw = b.raw
        layers.append(type(raw).__name__)
        print(mode, layers, getattr(f, 'mode', None), b.mode, raw.mode, raw.closefd,
              f.readable(), f.writable(), f.seekable(), b.name == p, raw.name == p,
              f.fileno() == raw.fileno(), f.isatty())
        print('   ', repr(f).replace(d, 'D'), repr(raw).replace(d, 'D'))
        f.close()
        print('   ', f.closed, b.closed, raw.closed, repr(raw))
    for mode in ['rb', 'wb', 'ab', 'r+b', 'xb']:
        if mode == 'xb':
            os.remove(p)
        f = open(p, mode, buffering=0)
        print(mode, type(f).__name__, f.mode, repr(f).replace(d, 'D'))
        f.close()
    try:
        open(p, 'r', buffering=0)
    except ValueError as e:
        print(e)
    fd = os.open(p, os.O_RDONLY)
    f = open(fd, closefd=False)
    # the descriptor's number depends on what the runner left open: compared, not printed
    print(f.name == fd, f.buffer.raw.closefd, f.buffer.raw.name == fd, f.read())
    f.close()
    os.close(fd)
    # raw closed under the buffered layer
    f = open(p, 'rb')
    f.raw.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
    # text layer over buffered layer
    f = open(p, 'rb')
    t = io.TextIOWrapper(f, encoding='ascii')
    print(repr(t).replace(d, 'D'), t.buffer is f, t.read())
    t.close()
    print(f.closed, f.raw.closed)
    # a flush keeps text and binary writes in order
    with open(p, 'w') as f:
        f.write('text1 ')
        f.flush()
        f.buffer.write(b'bin ')
        f.buffer.flush()
        f.write('text2')
    with open(p) as f:
        print(f.read())
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
