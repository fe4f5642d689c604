# Bare raise re-raises the exception currently being handled.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
def g():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        raise
try:
    g()
except KeyError as e:
    print("re-raised the right one", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def h():
    try:
        raise IndexError("idx")
    except IndexError as e:
        err = e
    raise err
try:
    h()
except IndexError as e:
    print("raised saved", e)
