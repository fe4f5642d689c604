# Exceptions: from the child (exec/chdir failures), CalledProcessError, TimeoutExpired.
import os
import subprocess


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e, '| errno', getattr(e, 'errno', None),
              '| filename', getattr(e, 'filename', None))


err(subprocess.run, ['nonexistent_cmd'])
err(subprocess.run, 'nonexistent_cmd')
err(subprocess.run, ['/nonexistent/dir/prog', 'a'])
err(subprocess.check_output, ['nonexistent_cmd', 'x'])
err(subprocess.Popen, ['nonexistent_cmd'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
err(subprocess.run, ['true'], executable='/nonexistent/exe')
err(subprocess.run, ['x'], executable='nonexistent_cmd')
err(subprocess.run, ['/etc/passwd'])
err(subprocess.run, ['/'])
err(subprocess.run, ['true'], cwd='/nonexistent/dir')
err(subprocess.run, ['true'], cwd='/etc/passwd')
err(subprocess.run, [b'nonexistent_cmd'])
err(subprocess.run, ['echo'], env={'PATH': '/nonexistent'})
err(subprocess.run, ['true'], env={'A=B': 'c'})
err(subprocess.run, ['true\0'])
err(subprocess.run, [])
err(subprocess.run, [1])
err(subprocess.run, None)
err(subprocess.check_output, ['true'], stdout=subprocess.PIPE)
err(subprocess.run, ['sh', '-c', 'exit 0'], shell=True)
err(subprocess.run, 'nonexistent_cmd 2>/dev/null', shell=True)

# a preexec_fn that raises
def boom():
    raise ValueError('boom')

err(subprocess.run, ['true'], preexec_fn=boom)

# no file descriptors leak from failed starts
before = len(os.listdir('/proc/self/fd'))
for i in range(20):
    try:
        subprocess.run(['nonexistent_cmd'], capture_output=True, input=b'x')
    except FileNotFoundError:
        pass
    try:
        subprocess.run(['true'], cwd='/nonexistent', stdout=subprocess.DEVNULL)
    except FileNotFoundError:
        pass
print('fd leak', len(os.listdir('/proc/self/fd')) - before)

# CalledProcessError
e = subprocess.CalledProcessError(1, ['false'])
print(e, repr(e.output), e.stdout, e.stderr, e.args)
e = subprocess.CalledProcessError(2, 'cmd', output=b'o', stderr=b'e')
print(e, e.output, e.stdout, e.stderr)
e.stdout = 'changed'
print(e.output)
print(subprocess.CalledProcessError(0, 'ok'))
print(subprocess.CalledProcessError(-9, ['x']))
print(subprocess.CalledProcessError(-15, 'x'))
print(subprocess.CalledProcessError(-200, 'x'))
print(isinstance(e, subprocess.SubprocessError), issubclass(subprocess.SubprocessError, Exception))

# TimeoutExpired
t = subprocess.TimeoutExpired('x', 0.5)
print(t, t.cmd, t.timeout, t.output, t.stdout, t.stderr)
t = subprocess.TimeoutExpired(['sleep', '5'], 2, output=b'partial', stderr=b'')
print(t, t.stdout)
t.stdout = b'new'
print(t.output)
print(isinstance(t, subprocess.SubprocessError))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call('exit 3', shell=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(args=['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_call(['true']))
