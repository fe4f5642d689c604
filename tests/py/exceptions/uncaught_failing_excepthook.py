# A failing sys.excepthook: CPython reports both errors.
# check: stderr
import sys
def hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = hook
raise KeyError("k")
