# A name used before its global declaration.
# check: stderr
print("never printed")
x = 1
def f():
    print(x)
    global x
