# os.kill/killpg, process groups and sessions, with forked children.
import os
import signal
import sys

def err(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # wait forever (until killed)
    os._exit(0)
os.close(r)
os.kill(pid, 0)  # the process exists
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status),
      os.waitstatus_to_exitcode(status), signal.Signals(os.WTERMSIG(status)))
os.close(w)
err(os.kill, pid, 0)  # reaped

# a child in its own process group, killed with killpg
r, w = os.pipe()
r2, w2 = os.pipe()
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    os.write(w2, b'ready')
    os.read(r, 1)
    os._exit(0)
os.read(r2, 5)
os.close(r2)
os.close(w2)
print(os.getpgid(pid) == pid, os.getpgid(0) == os.getpgrp(), os.getpgid(pid) != os.getpgrp())
os.killpg(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
print(os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
os.close(r)
os.close(w)

# setsid in a child: a new session whose id is the child's pid
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    try:
        os.setsid()
        ok = os.getsid(0) == os.getpid() == os.getpgrp()
        os.write(w, b'session ok' if ok else b'session bad')
    finally:
        os._exit(0)
print(os.read(r, 100))
os.waitpid(pid, 0)
os.close(r)
os.close(w)

# a stopped and continued child (WUNTRACED / WCONTINUED)
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGSTOP)
    os._exit(4)
_, status = os.waitpid(pid, os.WUNTRACED)
print(os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFEXITED(status))
err(os.waitstatus_to_exitcode, status)
os.kill(pid, signal.SIGCONT)
_, status = os.waitpid(pid, os.WCONTINUED)
print(os.WIFCONTINUED(status))
_, status = os.waitpid(pid, 0)
print(os.WEXITSTATUS(status))

# errors
err(os.kill, 2 ** 22 + 12345, 0)
err(os.killpg, 2 ** 22 + 12345, 0)
err(os.getpgid, 2 ** 22 + 12345)
err(os.getsid, 2 ** 22 + 12345)
err(os.setpgid, 2 ** 22 + 12345, 0)
err(os.kill, os.getpid())
err(os.kill, os.getpid(), 0, 1)
err(os.kill, 'a', 0)
err(os.kill, 1.5, 0)
err(os.kill, pid=1, signal=0)
err(os.kill, os.getpid(), 1000)
err(os.setsid, 1)
err(os.getpgid)
err(os.getpgid, pid=2 ** 22 + 12345)
err(os.killpg, 1)
print(os.getsid(0) == os.getsid(os.getpid()))
