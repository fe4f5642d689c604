# Redirections to files and descriptors, cwd, env, pass_fds and close_fds.
import os
import subprocess
import sys
import tempfile
from subprocess import DEVNULL, PIPE, STDOUT

tmp = tempfile.mkdtemp()
out_path = os.path.join(tmp, 'out.txt')

# a file object as stdout, then as stdin
with open(out_path, 'wb') as f:
    print(subprocess.call(['echo', 'to file'], stdout=f))
    print(subprocess.call(['sh', '-c', 'echo err to file >&2'], stderr=f))
with open(out_path, 'rb') as f:
    print(f.read())
with open(out_path, 'rb') as f:
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)

# raw descriptors
fd = os.open(out_path, os.O_WRONLY | os.O_APPEND)
subprocess.run(['echo', 'via fd'], stdout=fd)
os.close(fd)
fd = os.open(out_path, os.O_RDONLY)
print(subprocess.run(['wc', '-l'], stdin=fd, capture_output=True, text=True).stdout.strip())
os.close(fd)

# DEVNULL and STDOUT
print(subprocess.run(['cat'], stdin=DEVNULL, capture_output=True))
print(subprocess.run(['sh', '-c', 'echo a; echo b >&2; echo c'], stdout=PIPE, stderr=STDOUT))
print(subprocess.run(['sh', '-c', 'echo a; echo b >&2'], stdout=DEVNULL, stderr=PIPE))
with open(out_path, 'w') as f:
    subprocess.run(['sh', '-c', 'echo 1; echo 2 >&2'], stdout=f, stderr=STDOUT)
with open(out_path) as f:
    print(repr(f.read()))

# inherited stdout (flush first so that the order is the same everywhere)
print('before child', flush=True)
subprocess.run(['echo', 'child writes to our stdout'])
sys.stdout.flush()
print('after child')
sys.stdout.flush()

# cwd
print(subprocess.run(['pwd'], cwd=tmp, capture_output=True, text=True).stdout == tmp + '\n')
print(subprocess.run(['pwd'], cwd=tmp.encode(), capture_output=True, text=True).stdout == tmp + '\n')
import pathlib
print(subprocess.run(['ls'], cwd=pathlib.Path(tmp), capture_output=True, text=True).stdout)

# env
print(subprocess.run(['env'], env={'A': '1', 'B': 'two words'}, capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo "[$X]"'], env={'PATH': '/bin:/usr/bin'},
                     capture_output=True, text=True).stdout, end='')
print(subprocess.run(['sh', '-c', 'echo "[$X]"'], env={b'X': b'bytes', 'PATH': '/bin:/usr/bin'},
                     capture_output=True, text=True).stdout, end='')
os.environ['SLOTPY_SUBPROCESS_TEST'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $SLOTPY_SUBPROCESS_TEST'], capture_output=True,
                     text=True).stdout, end='')
print(subprocess.run('printenv SLOTPY_SUBPROCESS_TEST', shell=True, env={}, capture_output=True))

# pass_fds / close_fds: an inheritable descriptor is kept only when asked for
r, w = os.pipe()
os.set_inheritable(w, True)
code = 'import os, sys; os.write(int(sys.argv[1]), b"via passed fd")'
subprocess.run([sys.executable, '-c', code, str(w)], pass_fds=(w,))
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
code = 'import os, sys\ntry:\n    os.write(int(sys.argv[1]), b"x")\nexcept OSError as e:\n    print(type(e).__name__, e.errno)'
print(subprocess.run([sys.executable, '-c', code, str(w)], capture_output=True, text=True).stdout, end='')
print(subprocess.run([sys.executable, '-c', code, str(w)], capture_output=True, text=True,
                     close_fds=False).stdout, end='')
os.close(w)
print(os.read(r, 100))
os.close(r)

# the pipes of Popen are not inherited by other children
p1 = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(os.get_inheritable(p1.stdin.fileno()), os.get_inheritable(p1.stdout.fileno()))
p2 = subprocess.Popen(['true'], close_fds=False)
p2.wait()
p1.stdin.close()
print(p1.stdout.read(), p1.wait())
p1.stdout.close()

# umask
print(subprocess.run(['sh', '-c', 'umask'], umask=0o27, capture_output=True, text=True).stdout, end='')

for name in os.listdir(tmp):
    os.unlink(os.path.join(tmp, name))
os.rmdir(tmp)
