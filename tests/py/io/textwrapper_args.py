# io.TextIOWrapper constructor arguments, attributes and repr.
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('no args', lambda: io.TextIOWrapper())
show('bad encoding', lambda: io.TextIOWrapper(io.BytesIO(), encoding='bogus'))
show('encoding int', lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
show('errors int', lambda: io.TextIOWrapper(io.BytesIO(), errors=3))
show('newline x', lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
show('newline int', lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
show('extra kw', lambda: io.TextIOWrapper(io.BytesIO(), spam=1))
show('too many', lambda: io.TextIOWrapper(io.BytesIO(), None, None, None, False, False, 7))
show('not a buffer', lambda: io.TextIOWrapper(42))
show('hex codec', lambda: io.TextIOWrapper(io.BytesIO(), encoding='hex'))

t = io.TextIOWrapper(io.BytesIO(), 'latin-1', 'replace', '\r\n', True, True)
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)
t = io.TextIOWrapper(buffer=io.BytesIO(), encoding='locale')
print(t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding=None, errors=None, newline=None)
print(t.encoding, t.errors)
print(repr(t))
t.mode = 'r'
print(repr(t), t.mode)


print(type(t).__name__, type(t).__module__, type(t).__qualname__)
print(io.TextIOWrapper.__name__, io.TextIOWrapper is type(open(__file__)))


class Named(io.BytesIO):
    name = 'named.txt'
    mode = 'rb'


t = io.TextIOWrapper(Named(b'data'), encoding='ascii')
print(repr(t), t.name)
print(t.read())


class MyWrapper(io.TextIOWrapper):
    def __init__(self, data):
        super().__init__(io.BytesIO(data), encoding='utf-8')

    def shout(self):
        return self.read().upper()


w = MyWrapper(b'quiet')
print(type(w).__name__, w.shout(), repr(w), isinstance(w, io.TextIOWrapper), isinstance(w, io.TextIOBase))
u = io.TextIOWrapper.__new__(io.TextIOWrapper)
show('uninit read', u.read)
