# Timeouts (wait, communicate, run) and ending processes with signals.
import signal
import subprocess
import sys
from subprocess import PIPE, Popen

p = Popen(['sleep', '10'])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
print(p.poll())
p.kill()
print(p.wait(), p.returncode)
p.kill()  # already reaped: nothing happens
p.terminate()
p.send_signal(signal.SIGTERM)

p = Popen(['sleep', '10'])
p.terminate()
print(p.wait())

p = Popen(['sleep', '10'])
p.send_signal(signal.SIGUSR1)
print(p.wait())

# communicate with a timeout keeps what was read, and can be called again
p = Popen(['sh', '-c', 'echo first; exec sleep 10'], stdout=PIPE, stderr=PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.stdout, e.stderr)
p.kill()
print(p.communicate(), p.returncode)

try:
    subprocess.check_output(['sh', '-c', 'sleep 10'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output)
try:
    subprocess.call(['sleep', '10'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)

# finishing before the timeout
print(subprocess.run(['echo', 'quick'], capture_output=True, timeout=10))
print(subprocess.call(['true'], timeout=10))
print(Popen(['true']).wait(timeout=10))

# killed by a signal
try:
    subprocess.run(['sh', '-c', 'kill -KILL $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.check_output('kill -TERM $$', shell=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(['sh', '-c', 'kill -INT $$']).returncode)

# a new session and process group
r = subprocess.run([sys.executable, '-c', 'import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())'],
                   capture_output=True, text=True, start_new_session=True)
print(r.stdout, end='')
r = subprocess.run([sys.executable, '-c', 'import os; print(os.getpgid(0) == os.getpid())'],
                   capture_output=True, text=True, process_group=0)
print(r.stdout, end='')
r = subprocess.run([sys.executable, '-c', 'import os; print(os.getsid(0) == os.getpid())'],
                   capture_output=True, text=True)
print(r.stdout, end='')
# SIGPIPE is restored to the default in the child
print(subprocess.run('yes | head -1', shell=True, capture_output=True))
print(subprocess.run('yes | head -1', shell=True, capture_output=True, restore_signals=False).stdout)
