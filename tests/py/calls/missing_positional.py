# TypeError messages for missing positional arguments.
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def four(a, b, c, d=1):
    pass
for fn, args in [(one, ()), (two, ()), (two, (1,)), (three, ()), (three, (1,)), (four, ()), (four, (1, 2))]:
    try:
        fn(*args)
    except TypeError as e:
        print(e)
try:
    three(c=1)
except TypeError as e:
    print(e)
try:
    three(1, c=2)
except TypeError as e:
    print(e)
lam = lambda x, y: 0
try:
    lam()
except TypeError as e:
    print(e)
