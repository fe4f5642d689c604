# io.BufferedRWPair, and write() of the binary layers with bytes-like objects.
import io
import os
import tempfile

r, w = io.BytesIO(b'line1\nline2\n'), io.BytesIO()
pair = io.BufferedRWPair(r, w, 4)
print(type(pair).__name__, pair.readable(), pair.writable(), pair.closed, pair.isatty())
print(pair.read(3), pair.peek(1)[:1], pair.read1(2), pair.readline(), pair.read())
print(pair.write(b'out'), w.getvalue())
pair.flush()
print(w.getvalue())
ba = bytearray(2)
print(pair.readinto(ba), ba)
print(isinstance(pair, io.BufferedIOBase), isinstance(pair, io.IOBase))
pair.close()
print(pair.closed, r.closed, w.closed)


class NotR(io.RawIOBase):
    def readable(self):
        return False

    def writable(self):
        return False


for args in [(NotR(), io.BytesIO()), (io.BytesIO(), NotR())]:
    try:
        io.BufferedRWPair(*args)
    except io.UnsupportedOperation as e:
        print(e)

d = tempfile.mkdtemp()
p = os.path.join(d, 'b')
try:
    data = [b'bytes ', bytearray(b'bytearray '), memoryview(b'memoryview '),
            memoryview(b'xxsliced ')[2:]]
    with open(p, 'wb') as f:
        print([f.write(x) for x in data])
    with open(p, 'rb', buffering=0) as f:
        print(f.read())
    with open(p, 'wb', buffering=0) as f:
        print([f.write(x) for x in data])
    with open(p, 'rb') as f:
        print(f.read())
    b = io.BytesIO()
    print([b.write(x) for x in data], b.getvalue())
    for bad in ['str', 5, None, [1, 2]]:
        for target in [io.BytesIO(), open(p, 'wb'), open(p, 'wb', buffering=0)]:
            try:
                target.write(bad)
            except TypeError as e:
                print(type(target).__name__, e)
            target.close()
    with open(p, 'r+b') as f:
        mv = memoryview(bytearray(4))
        print(f.readinto(mv), bytes(mv), f.readinto1(mv), bytes(mv))
        try:
            f.readinto(b'ro')
        except TypeError as e:
            print(e)
finally:
    os.remove(p)
    os.rmdir(d)
