# Return statements: none, single, tuple, early return, implicit None.
def none1():
    pass
def none2():
    return
def single():
    return 1
def multi():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "neg"
    for i in range(10):
        if i == n:
            return "found " + str(i)
    return "big"
print(none1(), none2(), single(), multi())
print([early(n) for n in (-1, 0, 5, 20)])
a, b, c = multi()
print(a, b, c)
def nested_return():
    try:
        return "from try"
    finally:
        pass
print(nested_return())
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()())
