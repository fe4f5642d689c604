# The same name declared both nonlocal and global.
# check: stderr
print("never printed")
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
    return inner
