# The signal module: enums, handlers (SIG_DFL/SIG_IGN/Python functions via raise_signal).
import signal, os
print(signal.Signals(9), repr(signal.SIGKILL), signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
got = []
def h(sig, frame):
    got.append(sig)
print(repr(signal.signal(signal.SIGUSR1, h)))
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1) is h)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(h))
signal.raise_signal(signal.SIGUSR1)
print(got, repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(signal.strsignal(9), signal.strsignal(signal.SIGTERM))
for a in ((99, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (2, 5), (0, 0), ('x', 0)):
    try: signal.signal(*a)
    except Exception as e: print(type(e).__name__, e)
print(len(signal.valid_signals()), signal.SIGTERM in signal.valid_signals())
print(signal.Sigmasks.SIG_BLOCK, signal.SIGCLD, signal.SIGRTMAX)
