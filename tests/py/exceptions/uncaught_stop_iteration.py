# Uncaught StopIteration from calling next() on an exhausted iterator.
# check: stderr
it = iter([1])
print(next(it))
next(it)
