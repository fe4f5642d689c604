# The math namespace: every name, the constants, and the function docs.
import math
names = [n for n in dir(math) if not n.startswith('__')]
print(len(names), names)
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan), repr(-math.inf))
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
print(math.__name__, repr(math.__doc__))
for n in names:
    o = getattr(math, n)
    if callable(o):
        print(n, type(o).__name__, o.__name__, repr(o.__doc__))
    else:
        print(n, type(o).__name__)
