# Default parameter values and overriding them.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, 5, 7), f(1, c=9), f(a=4, c=0))
def g(x=None, y=[]):
    return x, y
print(g(), g(1), g(y=(1,)))
def h(a, b="b", *rest, c="c", d, **kw):
    return a, b, rest, c, d, sorted(kw.items())
print(h(1, d=4))
print(h(1, 2, 3, 4, d=5, c=6, z=7))
print(f.__defaults__, h.__kwdefaults__)
