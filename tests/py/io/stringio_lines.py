# StringIO: readline, readlines (hints), iteration
import io

text = 'line one\nline two\n\nlast line without newline'
s = io.StringIO(text)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(repr(s.readline(4)), repr(s.readline(100)), repr(s.readline(0)), repr(s.readline(-1)), repr(s.readline(None)))
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
for hint in [0, -1, 1, 8, 9, 10, 18, 19, 100, None]:
    s.seek(0)
    print(hint, s.readlines(hint))
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
s = io.StringIO('a\nb\n')
print(next(s), next(s), end='')
try:
    next(s)
except StopIteration:
    print('StopIteration')
print(iter(s) is s, list(io.StringIO('')), list(io.StringIO('\n\n')))
s = io.StringIO('x\ny')
s.readline()
s.write('Q')
print(repr(s.getvalue()), s.readlines())
lines = [l.rstrip('\n') for l in io.StringIO('1\n2\n3\n')]
print(lines, sum(int(x) for x in io.StringIO('4\n5\n6')))
s = io.StringIO('a\r\nb\rc\n')
print(s.readlines())
