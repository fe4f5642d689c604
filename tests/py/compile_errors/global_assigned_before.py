# A name assigned before its global declaration.
# check: stderr
print("never printed")
def f():
    x = 2
    global x
