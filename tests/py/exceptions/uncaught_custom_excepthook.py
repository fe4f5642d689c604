# sys.excepthook replaced by the program is called for an uncaught exception.
# check: stderr
import sys
def hook(t, v, tb):
    print("hooked:", t.__name__, v, tb is not None, file=sys.stderr)
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)
raise ValueError("boom")
