# nonlocal binding rules: nearest enclosing function, shared between closures.
def outer():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "inner set"
        inner()
        return x
    r = mid()
    return r, x
print(outer())

def shared():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = shared()
print(g())
s(5)
print(g())
s("text")
print(g())

def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        for i in range(n):
            total += i
    add(5)
    add(3)
    return total
print(loop_nonlocal())

def param_cell(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p
print(param_cell(3), param_cell("ab"))

def mix():
    a = 1
    def f():
        nonlocal a
        a += 1
        b = a * 10
        def g():
            nonlocal b
            b += 1
            return a + b
        return g()
    return f(), f(), a
print(mix())
