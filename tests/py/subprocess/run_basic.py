# subprocess.run and CompletedProcess.
import subprocess
import sys

r = subprocess.run(['echo', 'hi'], capture_output=True, text=True)
print(r)
print(r.args, r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE))
print(subprocess.run(['echo', 'hi'], stdout=subprocess.DEVNULL))
print(subprocess.run(['true']))
print(subprocess.run(['false']))
print(subprocess.run('exit 3', shell=True))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 2'], capture_output=True))
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, text=True))
print(subprocess.run(['sh', '-c', 'echo err >&2'], stderr=subprocess.PIPE, universal_newlines=True))
print(subprocess.run(['cat'], input=b'abc\n', capture_output=True))
print(subprocess.run(['cat'], input='text in\n', capture_output=True, text=True))
print(subprocess.run(['cat'], input='caf\xe9\n', capture_output=True, encoding='latin-1'))
print(subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True, text=True).stdout.split('\n'))
print(subprocess.run(['printf', 'a\\r\\nb'], capture_output=True).stdout)
print(subprocess.run(['printf', '\\377'], capture_output=True, errors='replace').stdout)
print(subprocess.run(('echo', b'bytes', 'arg'), capture_output=True).stdout)
print(subprocess.run('echo "$0" $1', shell=True, capture_output=True, text=True).stdout, end='')
print(subprocess.run('echo $0', shell=True, executable='/bin/sh', capture_output=True).stdout)
print(subprocess.run(['cat'], input=b'', capture_output=True))

# large input and output through both pipes at once (no deadlock)
data = b''.join(b'line %d\n' % i for i in range(50000))
r = subprocess.run(['sh', '-c', 'cat; cat /dev/null >&2; head -c 100000 /dev/zero >&2'],
                   input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, len(r.stderr), r.returncode)

# check=True
r = subprocess.run(['true'], check=True)
print(r, r.check_returncode())
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 4'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.CompletedProcess(['x'], 5, 'o', 'e').check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)

# CompletedProcess by hand
print(subprocess.CompletedProcess('cmd', 0))
print(subprocess.CompletedProcess(args=['a'], returncode=1, stdout=b'x'))
print(subprocess.CompletedProcess(['a'], -9, None, 'err'))
print(subprocess.CompletedProcess[str])

# argument errors
def err(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

err(subprocess.run, ['cat'], input=b'x', stdin=subprocess.PIPE)
err(subprocess.run, ['true'], capture_output=True, stdout=subprocess.PIPE)
err(subprocess.run, ['true'], capture_output=True, stderr=subprocess.DEVNULL)
err(subprocess.run, ['true'], text=True, universal_newlines=False)
err(subprocess.run, ['true'], bufsize='x')
err(subprocess.run, ['true'], startupinfo=1)
err(subprocess.run, ['true'], creationflags=1)
err(subprocess.run)
err(subprocess.run, ['cat'], input='str to binary')
