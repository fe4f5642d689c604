# The same keyword argument twice in a call.
# check: stderr
print("never printed")
def f(**kw):
    return kw
f(a=1, b=2, a=3)
