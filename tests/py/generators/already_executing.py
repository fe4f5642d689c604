# A generator re-entering itself raises ValueError.
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def h():
    yield next(other)
other = h()
try:
    next(other)
except ValueError as e:
    print(type(e).__name__, e)
print(list(other))
def r():
    x = yield 1
    yield list(self_ref)
self_ref = r()
print(next(self_ref))
try:
    self_ref.send(None)
except ValueError as e:
    print(e)
