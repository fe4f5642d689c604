# select.select and select.poll over pipes, with their argument errors.
# Descriptor numbers depend on what the test runner left open: they are shown by name.
import select, os
FDS = {}
def named(x):
    if type(x) is tuple and len(x) == 2 and type(x[1]) is int:   # poll(): (fd, events)
        return (named(x[0]), x[1])
    if isinstance(x, (list, tuple)):
        return type(x)(named(i) for i in x)
    return FDS.get(x, x) if type(x) is int else x
def t(f, *a, **k):
    try: print(repr(named(f(*a, **k))))
    except Exception as e: print(type(e).__name__, e)
t(select.select, [], [], [], 'a')
t(select.select, [], [], [], -1)
t(select.select, [-1], [], [], 0)
t(select.select, ['a'], [], [], 0)
t(select.select, [99999], [], [], 0)
t(select.select, 1, [], [], 0)
t(select.select, [], [])
t(select.select, [], [], [], 0, 1)
t(select.select, [], [], [], timeout=0)
t(select.select, [], [], [], 0)
r, w = os.pipe()
FDS = {r: 'r', w: 'w'}
t(select.select, [r], [w], [], 0)
os.write(w, b'x')
t(select.select, [r], [w], [], 0.01)
p = select.poll()
print(type(p), repr(type(p)))
t(type(p))
t(p.register, -1)
t(p.register, 'a')
t(p.unregister, 5)
t(p.modify, 5, 1)
t(p.poll, 'a')
t(p.poll, 1.5)
p.register(r)
p.register(w, select.POLLOUT)
t(p.poll, 0)
p.modify(w, select.POLLIN)
t(p.poll, 0)
p.unregister(r)
t(p.poll, 0)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLRDNORM, select.POLLRDBAND, select.POLLWRNORM, select.POLLWRBAND, select.POLLMSG, select.POLLRDHUP)
print(select.error)
os.close(r)
err_fd = w
p2 = select.poll()
p2.register(err_fd, select.POLLOUT)
print(named(p2.poll(0)))  # the reader is gone: POLLOUT | POLLERR
os.close(w)
print(named(p2.poll(0)))  # closed descriptor: POLLNVAL
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
r, w = os.pipe()
print(select.select([F(r)], [F(w)], [], 0)[1][0].fd == w)
print(select.select([], [], [], 0.05), select.select([r], [], [], 0.0))
os.close(r); os.close(w)
