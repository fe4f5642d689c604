# Inheritable and blocking flags of descriptors: pipe, pipe2, dup, dup2, open.
import os

def err(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

r, w = os.pipe()
print('pipe', os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r), os.get_blocking(w))
os.set_inheritable(r, True)
print(os.get_inheritable(r), os.get_inheritable(w))
os.set_inheritable(r, False)
print(os.get_inheritable(r))
os.set_blocking(w, False)
print(os.get_blocking(w))
os.set_blocking(w, True)
print(os.get_blocking(w))

# a non-blocking read of an empty pipe
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == 11)
os.set_blocking(r, True)

r2, w2 = os.pipe2(os.O_NONBLOCK)
print('pipe2 nonblock', os.get_blocking(r2), os.get_inheritable(r2))
r3, w3 = os.pipe2(0)
print('pipe2 0', os.get_blocking(r3), os.get_inheritable(r3))
r4, w4 = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print('pipe2 both', os.get_blocking(w4), os.get_inheritable(w4))

d = os.dup(r)
print('dup', os.get_inheritable(d))
print('dup2', os.dup2(r, 60), os.get_inheritable(60))
print('dup2', os.dup2(r, 61, inheritable=False), os.get_inheritable(61))
print('dup2 same', os.dup2(61, 61), os.get_inheritable(61))
err(os.dup2, 61, 61, False)

fd = os.open(os.devnull, os.O_RDONLY)
print('open', os.get_inheritable(fd), os.get_blocking(fd))
fd2 = os.open(os.devnull, os.O_RDONLY | os.O_NONBLOCK)
print('open nonblock', os.get_blocking(fd2))

os.write(w, b'through the dup')
print(os.read(60, 7), os.read(61, 4), os.read(d, 100))

os.closerange(60, 62)
err(os.get_inheritable, 60)
err(os.get_inheritable, 61)
for x in (r, w, r2, w2, r3, w3, r4, w4, d, fd, fd2):
    os.close(x)

err(os.get_inheritable, r)
err(os.set_inheritable, r, True)
err(os.get_blocking, r)
err(os.set_blocking, r, False)
err(os.dup2, r, 70)
err(os.dup2, 1, -5)
err(os.dup2, 1.0, 3)
err(os.dup2, 1)
err(os.pipe2)
err(os.pipe2, 'x')
err(os.pipe2, 12345678)
err(os.get_inheritable, 'a')
err(os.set_inheritable, 1, 'x')
err(os.set_blocking, 1, 'x')
err(os.set_inheritable, 1)
err(os.get_blocking)
err(os.closerange, 1)
err(os.closerange, 1000, 1001)
