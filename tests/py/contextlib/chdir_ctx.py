# contextlib.chdir (3.11)
import os
from contextlib import chdir

start = os.getcwd()
with chdir('/'):
    print(os.getcwd())
print(os.getcwd() == start)

c = chdir('/tmp')
with c:
    print(os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'))
    with c:
        print(os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'))
    with chdir('/'):
        print(os.getcwd())
    print(os.path.realpath(os.getcwd()) == os.path.realpath('/tmp'))
print(os.getcwd() == start)

try:
    with chdir('/nonexistent/dir/xyz'):
        pass
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
print(os.getcwd() == start)

try:
    with chdir('/'):
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, os.getcwd() == start)
print(c.path)
