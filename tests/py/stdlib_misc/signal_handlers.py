# Python signal handlers run at the interpreter's next safe point after the signal arrives
import os
import signal

hits = []


def on_usr1(signum, frame):
    hits.append((signal.Signals(signum).name, type(frame).__name__))


old = signal.signal(signal.SIGUSR1, on_usr1)
print(old is signal.SIG_DFL or old, signal.getsignal(signal.SIGUSR1) is on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
total = 0
for i in range(100000):
    total += i
print(hits, total)


def raiser(signum, frame):
    raise RuntimeError('from the handler')


signal.signal(signal.SIGUSR2, raiser)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(100000):
        pass
    print('not interrupted')
except RuntimeError as e:
    print('RuntimeError', e)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored', signal.getsignal(signal.SIGUSR1))
