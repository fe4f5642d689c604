# Nested functions three deep with nonlocal at different levels.
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a

print(level1())

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
print(outer("a")("b")("c"))

def counter_factory():
    total = 0
    def make_adder(step):
        def add():
            nonlocal total
            total += step
            return total
        return add
    def get():
        return total
    return make_adder, get
make_adder, get = counter_factory()
a5 = make_adder(5)
a7 = make_adder(7)
print(a5(), a7(), a5(), get())

def skip():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner()
    return mid()
print(skip())
