# Positional and keyword arguments bind to parameters correctly.
def f(a, b, c):
    return (a, b, c)
print(f(1, 2, 3))
print(f(1, c=3, b=2))
print(f(c="c", a="a", b="b"))
print(f(*[1, 2], c=9))
print(f(1, *(2, 3)))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"c": 3, "b": 2}))
def g(x, y):
    return x - y
print(g(10, 3), g(y=10, x=3), g(3, y=10))
