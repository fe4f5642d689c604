# io.IncrementalNewlineDecoder, and the newlines attribute of text wrappers.
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
print(type(d).__name__, type(d).__module__)
for piece, final in [('a\r', False), ('\nb\r', False), ('c\n', False), ('d\r', False), ('', True)]:
    print(repr(d.decode(piece, final)), repr(d.newlines), d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('x\r\ny\rz\n')), d.newlines)
print(repr(d.decode('tail\r')), repr(d.decode('')), repr(d.decode('', final=True)))
d.setstate((b'', 1))
print(repr(d.decode('q')))
try:
    io.IncrementalNewlineDecoder(None, True).decode(b'bytes')
except TypeError as e:
    print(type(e).__name__)

for nl in [None, '']:
    for data in [b'a\nb\n', b'a\rb\r', b'a\r\nb', b'a\rb\nc\r\n', b'no newline', b'\r']:
        t = io.TextIOWrapper(io.BytesIO(data), newline=nl)
        first = t.readline()
        mid = t.newlines
        rest = t.read()
        print(repr(nl), data, repr(first), repr(mid), repr(rest), repr(t.newlines))
t = io.TextIOWrapper(io.BytesIO(b'a\r\nb'), newline='\n')
print(t.read(), t.newlines)
