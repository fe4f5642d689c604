# StringIO: the newline argument (default '\n', None, '', '\r', '\r\n')
import io

for nl in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO('a\rb\r\nc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    print(s.write('x\ny\r\nz\r'), repr(s.getvalue()), s.tell(), repr(s.newlines))
    s.seek(0)
    print([repr(l) for l in s])
s = io.StringIO()
print(repr(s.newlines))
s = io.StringIO(newline=None)
print(repr(s.newlines))
s.write('a\n')
print(repr(s.newlines))
s.write('b\r\n')
print(repr(s.newlines))
s.write('c\r')
print(repr(s.newlines), repr(s.getvalue()))
s = io.StringIO(newline='')
s.write('1\r')
print(repr(s.newlines))
s.write('\n')
print(repr(s.newlines), s.getvalue().encode())
s = io.StringIO('x\r\ny', newline='\r\n')
print(s.readline(), s.readline(), repr(s.newlines))
s = io.StringIO('p\rq\r', newline='\r')
print(s.readlines())
for bad in ['x', '\n\n', ' ', 'abc']:
    try:
        io.StringIO('', bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [1, b'\n', 1.5]:
    try:
        io.StringIO('', bad)
    except TypeError as e:
        print('TypeError', e)
print(repr(io.StringIO('a\r\nb', None).read()), repr(io.StringIO('a\r\nb', newline='').read()))
