# sys.stdout / sys.stderr / sys.stdin objects
import sys

print(sys.stdout.write('written\n'))
sys.stdout.flush()
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(sys.stdout.errors, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.closed, type(sys.stdout).__name__)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
sys.stdout.writelines(['a', 'b', '\n'])
sys.stdout.buffer.write(b'bytes through buffer\n')
sys.stdout.flush()
print('after buffer')
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdin.write('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
sys.stderr.write('to stderr\n')
print(sys.stdout.isatty(), sys.stdin.isatty())
print('unicode: é € 😀')
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
