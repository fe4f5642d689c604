# UnboundLocalError when a local is read before assignment.
x = 10

def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())

def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))

def h():
    for i in range(0):
        pass
    return i
try:
    h()
except NameError as e:
    print(type(e).__name__, e)

def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def outer():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(outer())
