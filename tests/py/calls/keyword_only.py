# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=1, b=2))
def g(*args, key, default=None):
    return args, key, default
print(g(1, 2, key="k"), g(key=1, default=2))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def two(*, x, y):
    return x + y
try:
    two()
except TypeError as e:
    print(e)
try:
    two(x=1)
except TypeError as e:
    print(e)
def three(*, p, q, r):
    return 0
try:
    three()
except TypeError as e:
    print(e)
