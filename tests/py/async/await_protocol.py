# The __await__ protocol and awaiting coroutines.
def drive(coro, sends=()):
    sends = list(sends)
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return out, e.value


class Gen:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            total += (yield i) or 0
        return total


class IterAwait:
    def __await__(self):
        return iter([1, 2, 3])


class ReturnsValue:
    # an iterator whose StopIteration carries a value
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration('value!')


class NotIter:
    def __await__(self):
        return 5


class ReturnsCoro:
    def __await__(self):
        return inner()


class NoAwait:
    pass


async def inner():
    return 'inner'


async def use(obj):
    return await obj


print(drive(use(Gen(3))))
print(drive(use(Gen(3)), [10, 20, 30]))
print(drive(use(IterAwait())))
print(drive(use(ReturnsValue())))
for bad in (NotIter(), ReturnsCoro(), NoAwait(), 5, 'str', None, [1]):
    try:
        drive(use(bad))
    except TypeError as e:
        print('TypeError', e)

# await a coroutine directly, and the result of its __await__
print(drive(use(inner())))
w = inner().__await__()
print(type(w).__name__, hasattr(w, '__next__'), iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('StopIteration', e.value)


class Delegate:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


print(drive(use(Delegate(inner()))))

# Awaiting a finished coroutine
done = inner()
print(drive(use(done)))
try:
    drive(use(done))
except RuntimeError as e:
    print('RuntimeError', e)


# A coroutine that is suspended in an await cannot be awaited by another one
async def waits():
    return await Gen(2)


w1 = waits()
print(w1.send(None))
try:
    drive(use(w1))
except RuntimeError as e:
    print('RuntimeError', e)
print(drive(w1))


# Awaiting itself while running
async def selfish():
    return await me


me = selfish()
try:
    me.send(None)
except ValueError as e:
    print('ValueError', e)


# await inside expressions
async def exprs():
    x = [await inner(), await inner()]
    y = {await inner(): (await Gen(1)) or 'none'}
    z = f"{await inner()}!"
    return x, y, z, (await inner()).upper(), -(await Gen(0))


print(drive(exprs()))


# An awaitable class whose __await__ is an async-aware descriptor chain
class Chain:
    def __init__(self, depth):
        self.depth = depth

    def __await__(self):
        if self.depth == 0:
            return (yield 'bottom')
        r = yield from Chain(self.depth - 1).__await__()
        return (r or 0) + 1


print(drive(use(Chain(3)), [100]))


# __await__ as an instance attribute is not used (looked up on the type)
class Inst:
    pass


o = Inst()
o.__await__ = lambda: iter([])
try:
    drive(use(o))
except TypeError as e:
    print('TypeError', e)
