# isinstance/issubclass between the io classes, the objects of open(), StringIO and BytesIO.
import io
import os
import sys
import tempfile

classes = [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.FileIO,
           io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper,
           io.BytesIO, io.StringIO, io.BufferedRWPair]


def row(label, obj):
    print(label.ljust(14), ''.join('X' if isinstance(obj, c) else '.' for c in classes))


d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
try:
    for mode, buffering in [('w', -1), ('r', -1), ('r+', -1), ('rb', -1), ('wb', -1),
                            ('r+b', -1), ('rb', 0), ('ab', 0)]:
        with open(p, mode, buffering=buffering) as f:
            row(mode + str(buffering), f)
    row('stdin', sys.stdin)
    row('stdin.buffer', sys.stdin.buffer)
    row('stdin raw', sys.stdin.buffer.raw)
    row('BytesIO', io.BytesIO())
    row('StringIO', io.StringIO())
    row('wrapper', io.TextIOWrapper(io.BytesIO()))
    row('RWPair', io.BufferedRWPair(io.BytesIO(), io.BytesIO()))
    row('int', 3)
    for c in classes:
        print(c.__name__.ljust(14), ''.join('X' if issubclass(c, k) else '.' for k in classes))
    print([type(c).__name__ for c in classes[:4]])
    print([c.__module__ for c in classes])

    class Mine:
        pass

    io.RawIOBase.register(Mine)
    print(isinstance(Mine(), io.RawIOBase), isinstance(Mine(), io.IOBase),
          isinstance(Mine(), io.TextIOBase))

    class MyRaw(io.RawIOBase):
        pass

    row('MyRaw', MyRaw())
    print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__[1:3])
    print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
    print(io.text_encoding(None), io.text_encoding('latin-1'))
    with open(p, 'wb') as f:
        f.write(b'code')
    with io.open_code(p) as f:
        print(type(f).__name__, f.read())
    try:
        io.open_code(b'x')
    except TypeError as e:
        print(e)
finally:
    os.remove(p)
    os.rmdir(d)
