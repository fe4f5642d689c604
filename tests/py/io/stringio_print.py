# print(..., file=...) with StringIO and with any object that has .write; sys.stdout swapped
import io
import sys

s = io.StringIO()
print('hello', 1, 2.5, None, sep='|', file=s)
print('no newline', end='', file=s)
print(file=s)
print(*range(3), file=s, end='!\n')
print(repr(s.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


c = Collector()
print('a', 'b', file=c)
print('c', file=c, sep='', end='')
print(c.parts)
old = sys.stdout
sys.stdout = io.StringIO()
print('captured line')
print('second', 2)
sys.stdout.write('direct\n')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
print(sys.stdout is sys.__stdout__)


class NoWrite:
    pass


try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
print('to stdout', file=None)
err = io.StringIO()
sys.stderr = err
print('error text', file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
s = io.StringIO()
s.write('x' * 3)
print('y', file=s, flush=True)
print(repr(s.getvalue()))
