# sys.exc_info() inside and outside handlers, restored after nested handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    return sys.exc_info()[1]
try:
    raise TypeError("in caller")
except TypeError:
    print(repr(f()))
print(repr(sys.exception()) if hasattr(sys, "exception") else "no sys.exception")
