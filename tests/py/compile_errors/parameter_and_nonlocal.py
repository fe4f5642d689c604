# A parameter declared nonlocal.
# check: stderr
print("never printed")
def outer():
    x = 1
    def inner(x):
        nonlocal x
    return inner
