# Popen with pipes: communicate, poll, wait, the stream objects, the context manager.
import subprocess
import sys
from subprocess import PIPE, Popen

p = Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(p.returncode, p.args, type(p.pid) is int, p.pid > 0)
print(repr(p).replace(str(p.pid), 'PID'))
out, err = p.communicate(b'hello\nworld\n')
print(out, err, p.returncode, p.stdin.closed, p.stdout.closed)
print(repr(p))
print(p.communicate())
print(p.poll(), p.wait())

# both pipes
p = Popen(['sh', '-c', 'cat; echo to-err >&2; exit 6'], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.communicate(b'in'))
print(p.returncode)

# text mode streams
p = Popen(['sh', '-c', 'read x; echo "got $x"; echo second'], stdin=PIPE, stdout=PIPE, text=True)
print(type(p.stdin).__name__, type(p.stdout).__name__, p.text_mode, p.universal_newlines)
p.stdin.write('abc\n')
p.stdin.flush()
print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()))
p.stdout.close()
print(p.wait())

# binary streams, line by line
p = Popen(['printf', 'one\\ntwo\\nthree'], stdout=PIPE)
for line in p.stdout:
    print(line)
p.stdout.close()
print(p.wait(), p.returncode)

# poll before and after exit
p = Popen(['cat'], stdin=PIPE)
print(p.poll())
p.stdin.close()
print(p.wait(), p.poll())

# context manager closes the pipes and waits
with Popen(['echo', 'ctx'], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

with Popen(['sh', '-c', 'exit 9']) as p:
    pass
print(p.returncode)

# only stdout piped: the simple path
p = Popen(['echo', 'simple'], stdout=PIPE)
print(p.communicate())
p = Popen(['sh', '-c', 'echo e >&2'], stderr=PIPE)
print(p.communicate())
p = Popen(['cat'], stdin=PIPE, stdout=subprocess.DEVNULL)
print(p.communicate(b'discarded'))
p = Popen(['true'])
print(p.communicate())

# text communicate with both streams
p = Popen(['sh', '-c', 'cat; printf "e1\\r\\ne2" >&2'], stdin=PIPE, stdout=PIPE, stderr=PIPE,
          text=True)
print(p.communicate('x\ny\n'))

# large outputs on both streams
p = Popen([sys.executable, '-c',
           'import sys; sys.stdout.write("o" * 300000); sys.stderr.write("e" * 300000)'],
          stdout=PIPE, stderr=PIPE)
out, err = p.communicate()
print(len(out), len(err), out[:3], err[-3:], p.returncode)

# communicate on a closed stdin with input
p = Popen(['cat'], stdin=PIPE, stdout=PIPE)
p.stdin.write(b'early ')
print(p.communicate(b'late'))

# bufsize=0 gives unbuffered binary streams
p = Popen(['cat'], stdin=PIPE, stdout=PIPE, bufsize=0)
print(type(p.stdin).__name__, type(p.stdout).__name__)
p.stdin.write(b'raw')
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()
