# yield from delegates and evaluates to the subgenerator's return value.
def sub(n):
    for i in range(n):
        yield i
    return "sub done " + str(n)
def outer():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    yield from "ab"
    yield from [10, 20]
    return "outer done"
g = outer()
while True:
    try:
        print("got", next(g))
    except StopIteration as e:
        print("final", e.value)
        break
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def no_return():
    yield 1
def wrapper():
    r = yield from no_return()
    yield r
print(list(wrapper()))
