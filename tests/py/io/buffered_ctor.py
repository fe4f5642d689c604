# io.BufferedReader / BufferedWriter / BufferedRandom over io.FileIO: constructors, attributes,
# peek/read1/readinto/readinto1, detach, closing.
import io
import os
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(d, 'D'))


d = tempfile.mkdtemp()
p = os.path.join(d, 'data.bin')
try:
    with open(p, 'wb') as f:
        f.write(bytes(range(48, 58)) * 3 + b'\nend\n')
    raw = io.FileIO(p)
    br = io.BufferedReader(raw)
    print(repr(br).replace(d, 'D'), br.raw is raw, br.mode, br.name == p, br.closed)
    print(br.readable(), br.writable(), br.seekable(), br.fileno() == raw.fileno(), br.isatty())
    print(br.peek(3)[:3], br.read1(4), br.read(5), br.tell())
    ba = bytearray(6)
    print(br.readinto(ba), ba, br.readinto1(ba), ba)
    print(br.readline(), br.readline(2), br.readlines())
    print(br.seek(-4, 2), br.read(), br.seek(3), br.read(2), br.seek(1, 1), br.read(2))
    show('write', lambda: br.write(b'x'))
    show('read str size', lambda: br.read('x'))
    show('truncate', lambda: br.truncate())
    r2 = br.detach()
    print(r2 is raw, raw.closed)
    for op in ['read', 'peek', 'flush', 'close', 'tell', 'fileno', 'detach', 'readable']:
        show(op, getattr(br, op))
    show('raw', lambda: br.raw)
    show('name', lambda: br.name)
    show('closed', lambda: br.closed)
    print(repr(br))
    raw.close()

    show('size 0', lambda: io.BufferedReader(io.FileIO(p), 0))
    show('size -1', lambda: io.BufferedReader(io.FileIO(p), buffer_size=-1))
    show('size str', lambda: io.BufferedReader(io.FileIO(p), 'x'))
    show('not readable', lambda: io.BufferedReader(io.FileIO(p, 'w')))
    show('not writable', lambda: io.BufferedWriter(io.FileIO(p, 'r')))
    show('no args', lambda: io.BufferedReader())
    show('closed raw', lambda: io.BufferedReader(io.FileIO(p).__enter__().__exit__()))
    closed = io.FileIO(p)
    closed.close()
    show('closed raw2', lambda: io.BufferedReader(closed))

    raw = io.FileIO(p, 'w')
    bw = io.BufferedWriter(raw, buffer_size=4)
    print(repr(bw).replace(d, 'D'), bw.mode, bw.readable(), bw.writable())
    print(bw.write(b'ab'), os.path.getsize(p))
    print(bw.write(b'cdef'), os.path.getsize(p))
    print(bw.write(memoryview(b'gh')), bw.write(bytearray(b'i')), bw.tell())
    bw.flush()
    print(os.path.getsize(p))
    show('read', lambda: bw.read())
    show('write str', lambda: bw.write('s'))
    bw.close()
    print(bw.closed, raw.closed)
    bw.close()
    show('write closed', lambda: bw.write(b'x'))
    show('flush closed', bw.flush)
    with open(p, 'rb') as f:
        print(f.read())

    raw = io.FileIO(p, 'r+')
    rnd = io.BufferedRandom(raw)
    print(repr(rnd).replace(d, 'D'), rnd.mode, rnd.readable(), rnd.writable(), rnd.seekable())
    print(rnd.read(2), rnd.write(b'XY'), rnd.tell(), rnd.seek(0), rnd.read())
    rnd.seek(0)
    print(rnd.peek(1)[:1], rnd.read1(3))
    rnd.close()
    with open(p, 'rb') as f:
        print(f.read())
    show('random not seekable', lambda: io.BufferedRandom(io.FileIO(os.pipe()[0])))

    with io.BufferedReader(io.FileIO(p)) as f:
        print(f.read(), f.closed)
    print(f.closed, f.raw.closed)

    class Sub(io.BufferedWriter):
        def write(self, b):
            return super().write(b.upper())

    with Sub(io.FileIO(p, 'w')) as s:
        print(type(s).__name__, s.write(b'lower'))
    with open(p, 'rb') as f:
        print(f.read())
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
