# TypeError messages for too many positional arguments.
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def opt2(a, b=1, c=2):
    pass
def kwo(a, *, k):
    pass
def kwo2(a, *, k=1):
    pass
cases = [(zero, (1,)), (one, (1, 2)), (two, (1, 2, 3)), (opt, (1, 2, 3)),
         (opt2, (1, 2, 3, 4, 5)), (kwo, (1, 2)), (kwo2, (1, 2, 3)), (zero, (1, 2))]
for fn, args in cases:
    try:
        fn(*args)
    except TypeError as e:
        print(e)
try:
    kwo(1, 2, k=3)
except TypeError as e:
    print(e)
