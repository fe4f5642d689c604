# os.execv/execve/execvp/execlp... in forked children, and their argument errors.
import os
import sys


def run_child(fn):
    """Fork; the child runs fn() (which should exec) with stdout going to a pipe."""
    r, w = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.dup2(w, 1)
            fn()
        except BaseException as e:
            os.write(1, ('child: %s %s\n' % (type(e).__name__, e)).encode())
        os._exit(99)
    os.close(w)
    out = b''
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        out += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    print(repr(out.decode()), os.waitstatus_to_exitcode(status))


run_child(lambda: os.execv('/bin/echo', ['echo', 'hello', 'world']))
run_child(lambda: os.execv(b'/bin/echo', ('echo', b'bytes', 'args')))
run_child(lambda: os.execve('/bin/sh', ['sh', '-c', 'echo "$FOO-$BAR"'], {'FOO': 'x', 'BAR': 'y'}))
run_child(lambda: os.execve('/usr/bin/env', ['env'], {'ONLY': '1'}))
run_child(lambda: os.execve('/bin/sh', ['sh', '-c', 'exit 5'], {}))
run_child(lambda: os.execvp('echo', ['echo', 'via', 'PATH']))
run_child(lambda: os.execlp('echo', 'echo', 'execlp'))
run_child(lambda: os.execl('/bin/echo', 'echo', 'execl'))
run_child(lambda: os.execle('/bin/sh', 'sh', '-c', 'echo $V', {'V': 'execle'}))
run_child(lambda: os.execvpe('sh', ['sh', '-c', 'echo $W'], {'W': 'execvpe', 'PATH': '/bin:/usr/bin'}))
run_child(lambda: os.execlpe('sh', 'sh', '-c', 'echo $W', {'W': 'execlpe', 'PATH': '/usr/bin:/bin'}))
# failures are reported in the child
run_child(lambda: os.execv('/nonexistent/prog', ['prog']))
run_child(lambda: os.execvp('nonexistent_cmd_xyz', ['nonexistent_cmd_xyz']))
run_child(lambda: os.execvpe('nonexistent_cmd_xyz', ['x'], {'PATH': '/nonexistent'}))


def err(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'filename', None))


err(os.execv, '/nonexistent', ['x'])
err(os.execv, '/nonexistent', 'x')
err(os.execv, '/nonexistent', [])
err(os.execv, '/nonexistent', ())
err(os.execv, '/nonexistent', [''])
err(os.execv, '/nonexistent', [b'', 'a'])
err(os.execv, '/nonexistent', [1])
err(os.execv, '/nonexistent', ['a\0b'])
err(os.execv, 1, ['x'])
err(os.execv, '/nonexistent', ['x'], 1)
err(os.execv, path='/nonexistent', argv=['x'])
err(os.execve, '/nonexistent', ['x'], {})
err(os.execve, '/nonexistent', ['x'], 1)
err(os.execve, '/nonexistent', ['x'], [])
err(os.execve, '/nonexistent', 'x', {})
err(os.execve, '/nonexistent', [], {})
err(os.execve, '/nonexistent', [''], {})
err(os.execve, '/nonexistent', ['x'], {'a=b': 'c'})
err(os.execve, '/nonexistent', ['x'], {'': 'c'})
err(os.execve, '/nonexistent', ['x'], {1: 'c'})
err(os.execve, '/nonexistent', ['x'], {'a': 1})
err(os.execve, '/nonexistent', ['x'], {'a': 'b\0'})
err(os.execve, path='/nonexistent', argv=['x'], env={})
err(os.execve, '/nonexistent', ['x'])
err(os.execvpe, '/nonexistent/x', ['x'], {})

print(os.get_exec_path({'PATH': '/a:/b'}))
print(os.get_exec_path({}) == os.defpath.split(':'))
print(os.get_exec_path({b'PATH': b'/c:/d'}))
err(os.get_exec_path, {'PATH': '/a', b'PATH': b'/b'})
print(os.get_exec_path() == os.environ['PATH'].split(':'))
