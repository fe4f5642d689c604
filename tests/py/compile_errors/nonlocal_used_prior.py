# A name used before its nonlocal declaration.
# check: stderr
print("never printed")
def outer():
    x = 1
    def inner():
        print(x)
        nonlocal x
    return inner
