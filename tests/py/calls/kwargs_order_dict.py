# Keyword arguments mixed with defaults and **kwargs pass-through chains.
def inner(a, b=0, *args, c=1, **kw):
    return "a=" + repr(a) + " b=" + repr(b) + " args=" + repr(args) + " c=" + repr(c) + " kw=" + repr(kw)
def middle(*args, **kwargs):
    kwargs.setdefault("c", 100)
    return inner(*args, **kwargs)
def outer(x, **kw):
    return middle(x, x * 2, **kw)
print(outer(1))
print(outer(2, c=3))
print(outer(3, extra="e", c=4))
print(middle(1, 2, 3, 4))
print(middle(a=5))
print(middle(5, b=6, q=7))
try:
    middle()
except TypeError as e:
    print(e)
try:
    outer(1, b=2)
except TypeError as e:
    print(e)
