# Uncaught AssertionError with a message.
# check: stderr
def check(n):
    assert n >= 0, "n must be non-negative, got " + str(n)
    return n
print(check(3))
check(-1)
