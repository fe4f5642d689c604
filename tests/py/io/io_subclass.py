# subclassing StringIO and BytesIO
import io


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('hello', 'world', file=u)
u.writelines(['x', 'y'])
print(repr(u.getvalue()), isinstance(u, io.StringIO), type(u).__name__)


class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + '|\n' if line else line


print(list(Lines('a \nb\n')))


class Counting(io.BytesIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.writes = 0

    def write(self, b):
        self.writes += 1
        return super().write(b)


c = Counting(b'start')
c.seek(0, 2)
c.write(b'+1')
c.write(b'+2')
print(c.getvalue(), c.writes)


class WithAttr(io.StringIO):
    pass


w = WithAttr('data')
w.extra = 5
print(w.extra, w.read())
with Upper() as x:
    x.write('ctx')
    print(x.getvalue())
print(x.closed)
