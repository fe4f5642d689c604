# Assignment to a call.
# check: stderr
def f():
    return 1
f() = 1
