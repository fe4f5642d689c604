# Async comprehensions and await inside comprehensions.
def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value


class Step:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ('step', self.v)
        return self.v * 10


async def arange(n):
    for i in range(n):
        yield i


async def double(x):
    return x * 2


async def comps():
    res = {}
    res['list'] = [x async for x in arange(5)]
    res['filtered'] = [x async for x in arange(10) if x % 3 == 0]
    res['set'] = sorted({x % 3 async for x in arange(10)})
    res['dict'] = {x: x * x async for x in arange(4)}
    res['await_elt'] = [await double(x) for x in range(3)]
    res['await_cond'] = [x for x in range(6) if await double(x) > 4]
    res['nested'] = [(a, b) async for a in arange(2) for b in range(2)]
    res['nested2'] = [(a, b) for a in range(2) async for b in arange(2)]
    res['nested_async'] = [[y async for y in arange(x)] async for x in arange(3)]
    res['await_iter'] = [x for x in await double([1, 2])]
    res['dict_await'] = {await double(k): v async for k, v in pairs()}
    return res


async def pairs():
    yield 'a', 1
    yield 'b', 2


out, value = drive(comps())
print(out)
for k, v in value.items():
    print(k, v)


# Async generator expressions
async def genexps():
    g = (x * x async for x in arange(4))
    print(type(g).__name__, g.__name__, g.__qualname__.endswith('<genexpr>'))
    first = [v async for v in g]
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__)
    second = [v async for v in g2]
    return first, second


print(drive(genexps()))


# Comprehensions that suspend (the awaits yield to the driver)
async def suspending():
    return [await Step(x) for x in range(3)], [y async for y in stepgen()]


async def stepgen():
    for i in range(2):
        yield await Step(i)


print(drive(suspending()))


# Exceptions inside async comprehensions
async def failing():
    try:
        return [1 // x async for x in arange(3)]
    except ZeroDivisionError as e:
        return 'ZeroDivisionError', str(e)


print(drive(failing()))


async def bad_iter():
    try:
        lst = [1, 2]
        return [x async for x in lst]
    except TypeError as e:
        return 'TypeError', str(e)


print(drive(bad_iter()))


# The comprehension's scope: loop variables do not leak
async def scoping():
    x = 'outer'
    r = [x async for x in arange(2)]
    return r, x


print(drive(scoping()))

# Compile errors
for src in ("[x async for x in y]\n",
            "def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "async def f():\n    return (x async for x in y)\n",
            "def f():\n    return (x async for x in y)\n",
            "async def f():\n    return [x async for x in y]\n",
            "async def f():\n    return lambda: [x async for x in y]\n",
            "async def f():\n    def g():\n        return [await x for x in y]\n"):
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
