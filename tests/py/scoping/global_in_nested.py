# global declaration in nested function skips enclosing locals.
x = "global"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return r, x
print(outer())
print(x)

def outer2():
    y = 1
    def inner():
        global y
        return y
    return inner
try:
    outer2()()
except NameError as e:
    print(type(e).__name__, e)
y = "now global y"
print(outer2()())

counter = 0
def make():
    def incr():
        global counter
        counter += 1
    return incr
i1 = make(); i2 = make()
i1(); i2(); i1()
print(counter)
