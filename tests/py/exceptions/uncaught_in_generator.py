# Uncaught exception raised inside a generator while iterating.
# check: stderr
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")

def consume():
    total = 0
    for n in numbers():
        print("got", n)
        total += n
    return total

consume()
