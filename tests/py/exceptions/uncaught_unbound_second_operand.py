# The second of two local loads is unbound: the traceback points at that name (the VM runs the
# pair as one superinstruction, which must still report the second load's own position).
# check: stderr
def f(flag):
    if flag:
        y = 1
    x = 2
    return x + y
print(f(True))
f(False)
