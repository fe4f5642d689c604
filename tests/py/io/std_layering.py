# sys.stdin/stdout/stderr: their buffer and raw layers, and replacing sys.stdout by a wrapper.
import io
import sys

for name in ['stdin', 'stdout', 'stderr']:
    s = getattr(sys, name)
    b = s.buffer
    raw = getattr(b, 'raw', b)   # CPython with -u: the buffer is the FileIO itself
    print(name, type(s).__name__, type(raw).__name__, raw.name, raw.closefd, raw.fileno(),
          s.encoding, s.mode, repr(raw))
    print(' ', isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase),
          isinstance(b, io.BufferedIOBase) or isinstance(b, io.RawIOBase),
          isinstance(raw, io.FileIO), isinstance(raw, io.RawIOBase), isinstance(s, io.IOBase))
print(type(sys.stdin.buffer).__name__, repr(sys.stdin.buffer), sys.stdin.buffer.mode)
print(repr(sys.stdout))
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable(), sys.stdin.writable())

sys.stdout.flush()
sys.stdout.buffer.write(b'binary line\n')
sys.stdout.buffer.flush()
w = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
print(w.encoding, w.line_buffering, w.buffer is sys.stdout.buffer)
old = sys.stdout
old.flush()
sys.stdout = w
print('through the new wrapper: é€')
sys.stdout = old
w.flush()
w.detach()
print('back to the old one')
sys.stdout.flush()

w2 = io.TextIOWrapper(sys.stdout.buffer, encoding='ascii', errors='backslashreplace')
w2.write('ascii only: é€\n')
w2.flush()
w2.detach()
print('after detach of the second wrapper')
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False, write_through=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(write_through=False)
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors, sys.stdout.encoding)
sys.stdout.reconfigure(encoding='utf-8')
print(sys.stdout.errors)
sys.stdout.reconfigure(errors='strict')
try:
    sys.stdout.reconfigure(newline='x')
except ValueError as e:
    print(e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print(e)
try:
    sys.stdout.reconfigure(encoding='nope')
except LookupError as e:
    print(e)
print(sys.stdout.encoding)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print(e)
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print(e)
print(sys.stdin.read(), sys.stdin.buffer.read(), sys.stdin.buffer.raw.read())
print(sys.__stdout__ is sys.stdout)
