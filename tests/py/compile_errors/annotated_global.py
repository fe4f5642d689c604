# An annotated name declared global.
# check: stderr
print("never printed")
def f():
    global x
    x: int = 1
