# io.TextIOWrapper over io.BytesIO: reading, writing, newlines, tell/seek, close, detach.
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = 'héllo wörld\r\nline2\rline3\n€uro'.encode('utf-8')
b = io.BytesIO(data)
t = io.TextIOWrapper(b, encoding='utf-8')
print(repr(t), t.encoding, t.errors, t.newlines, t.line_buffering, t.write_through)
print(t.buffer is b, t.readable(), t.writable(), t.seekable(), t.closed)
show('mode', lambda: t.mode)
show('name', lambda: type(t.name))
print(repr(t.readline()), t.newlines)
print(repr(t.readline()), t.newlines)
print(repr(t.read(3)), repr(t.read()), t.newlines)
print(repr(t.read()), repr(t.readline()))
print(t.seek(0), t.tell())
print(t.readlines())
t.seek(0)
print(list(t))

# newline='' keeps line ends; newline='\r' splits on \r only
for nl in ['', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(b'a\rb\r\nc\nd'), newline=nl)
    print(repr(nl), t.readlines(), t.newlines)

# writing: pending until flush
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
print(t.write('abc\n'), b.getvalue())
t.flush()
print(b.getvalue())
print(t.write('é€\n'), t.tell(), b.getvalue())
t.seek(0)
print(repr(t.read()))
show('write int', lambda: t.write(3))
show('write bytes', lambda: t.write(b'x'))

# newline translation when writing
for nl in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, newline=nl)
    t.write('1\n2\r3\r\n')
    t.flush()
    print(repr(nl), b.getvalue())

# line_buffering and write_through
b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True)
t.write('no newline')
print(b.getvalue())
t.write(' then\nmore')
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, write_through=True)
t.write('x')
print(b.getvalue(), t.write_through)

# other encodings
for enc in ['latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-32', 'cp1252']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    try:
        t.write('caf\xe9\n')
        t.flush()
        print(enc, b.getvalue())
    except Exception as e:
        print(enc, type(e).__name__)
    t.seek(0)
    try:
        print(enc, repr(t.read()))
    except Exception as e:
        print(enc, type(e).__name__)

# decoding errors
t = io.TextIOWrapper(io.BytesIO(b'ab\xffcd'), encoding='utf-8')
show('strict', t.read)
t = io.TextIOWrapper(io.BytesIO(b'ab\xffcd'), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'ab\xffcd'), encoding='ascii', errors='ignore')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
show('encode', lambda: t.write('é'))

# close and detach
b = io.BytesIO(b'x')
t = io.TextIOWrapper(b)
t.close()
print(t.closed, b.closed)
t.close()
show('read closed', t.read)
show('write closed', lambda: t.write('x'))
show('readline closed', t.readline)
show('iter closed', lambda: iter(t))
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.write('pending')
r = t.detach()
print(r is b, b.getvalue(), b.closed)
for op in ['write', 'read', 'readline', 'flush', 'close', 'tell', 'fileno', 'detach', 'isatty']:
    f = getattr(t, op)
    show(op, (lambda: f('x')) if op == 'write' else f)
show('closed', lambda: t.closed)
show('name', lambda: t.name)
print(t.buffer, t.encoding, repr(t))
with io.TextIOWrapper(io.BytesIO(b'ctx\n')) as t:
    print(t.read())
print(t.closed)
