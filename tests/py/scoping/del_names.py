# del of local and global names, and errors afterwards.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())

def g():
    global gz
    gz = 3
    del gz
g()
try:
    gz
except NameError as e:
    print(type(e).__name__, e)

def h():
    try:
        del undefined_local
    except NameError as e:
        return (type(e).__name__, str(e))
print(h())

a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals(), "c" in globals())

def closure_del():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(closure_del())
