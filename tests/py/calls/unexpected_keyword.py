# TypeError messages for unexpected and duplicate keyword arguments.
def f(a, b=2):
    pass
try:
    f(1, c=3)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, b=3)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1, "zz": 2})
except TypeError as e:
    print(e)
def g():
    pass
try:
    g(x=1)
except TypeError as e:
    print(e)
def h(*args):
    pass
try:
    h(1, k=1)
except TypeError as e:
    print(e)
try:
    f(1, **{"b": 1}, **{"b": 2})
except TypeError as e:
    print(e)
