# A parameter declared global.
# check: stderr
print("never printed")
def f(x):
    global x
    return x
