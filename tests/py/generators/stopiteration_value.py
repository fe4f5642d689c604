# return value of a generator appears as StopIteration.value.
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print(e.value, e.args)
def g3():
    yield
    return (1, 2)
it = g3()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
e = StopIteration(5)
print(e.value, StopIteration().value)
