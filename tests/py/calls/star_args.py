# *args collects extra positionals into a tuple.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
print(g(*range(5)))
print(g(*"abc"))
print(f(*[1], *(2, 3), *{4: 0}, 5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(*range(101)))
def passthrough(*a):
    return f(*a, *a)
print(passthrough(1, 2))
