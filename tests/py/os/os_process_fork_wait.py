# os.fork, os._exit, os.waitpid/os.wait and the wait-status helpers.
import os
import sys

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(7)
rpid, status = os.waitpid(pid, 0)
print(rpid == pid, status)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
print(os.WIFSTOPPED(status), os.WCOREDUMP(status), os.waitstatus_to_exitcode(status))

# wait() reaps any child
pid = os.fork()
if pid == 0:
    os._exit(0)
rpid, status = os.wait()
print(rpid == pid, status, os.waitstatus_to_exitcode(status))

# WNOHANG on a running child returns (0, 0)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)  # blocks until the parent writes
    os._exit(3)
print(os.waitpid(pid, os.WNOHANG))
os.write(w, b'x')
print(os.waitpid(pid, 0)[1] >> 8)
os.close(r)
os.close(w)

# the child gets copies of the parent's data; changes stay in the child
data = [1, 2, 3]
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    data.append(sum(data))
    os.write(w, repr(data).encode())
    os._exit(0)
os.close(w)
print(os.read(r, 100).decode(), data)
os.close(r)
os.waitpid(pid, 0)

# status decoding helpers on synthetic values
for st in (0, 256, 0xff00, 9, 0x86, 0x137f, 0xffff):
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
          os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WCOREDUMP(st), os.WIFCONTINUED(st))
for st in (0, 256, 9, 0x86):
    print(os.waitstatus_to_exitcode(st))
for st in (0x137f, -1):
    try:
        os.waitstatus_to_exitcode(st)
    except ValueError as e:
        print('ValueError', e)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)

def err(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

err(os.waitpid, -1, 0)
err(os.wait)
err(os.waitpid, 1)
err(os.waitpid, 'a', 0)
err(os.waitpid, 1.5, 0)
err(os.fork, 1)
err(os.WIFEXITED)
err(os.WIFEXITED, 'x')
err(os.WEXITSTATUS, status=512)
err(os.WTERMSIG, 1.0)
err(os._exit)
err(os.waitstatus_to_exitcode, status=256)
