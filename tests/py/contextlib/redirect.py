# redirect_stdout / redirect_stderr
import sys
import io
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured line')
    print('second', 2)
    print(target is buf)
print('visible again')
print(repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
    sys.stderr.write('written\n')
print(repr(err.getvalue()))

# reentrant use of one redirect object
buf2 = io.StringIO()
r = redirect_stdout(buf2)
with r:
    print('level 1')
    with r:
        print('level 2')
    print('level 1 again')
print(repr(buf2.getvalue()))

# nested different targets
a, b = io.StringIO(), io.StringIO()
with redirect_stdout(a):
    print('in a')
    with redirect_stdout(b):
        print('in b')
    print('a again')
print(repr(a.getvalue()), repr(b.getvalue()))

# restored after an exception
old = sys.stdout
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError('inside redirect')
except ValueError as e:
    print('ValueError', e, sys.stdout is old)

# redirect to None makes print a no-op
with redirect_stdout(None):
    print('lost')
print('restored')

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
with redirect_stdout(c):
    print('a', 'b', sep=',', end='!')
print(c.parts)
print(redirect_stdout._stream, redirect_stderr._stream)
