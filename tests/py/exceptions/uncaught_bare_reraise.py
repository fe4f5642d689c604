# A bare `raise` re-raises without a traceback entry of its own.
# check: stderr
def outer():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
outer()
