# Decorators without arguments, stacking order, wrapping behavior.
log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        log.append("call " + fn.__name__)
        result = fn(*args, **kwargs)
        log.append("ret " + repr(result))
        return result
    return wrapper

def double(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper

@trace
def add(a, b):
    return a + b

@double
@trace
def mul(a, b):
    return a * b

@trace
@double
def sub(a, b):
    return a - b

print(add(2, 3))
print(mul(3, 4))
print(sub(10, 4))
for line in log:
    print(line)

order = []
def mark(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@mark("outer")
@mark("inner")
def target():
    return "t"
print(order, target())
