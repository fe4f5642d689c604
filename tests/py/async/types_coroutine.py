# types.coroutine: generator-based coroutines (CO_ITERABLE_COROUTINE).
import types
import inspect


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


@types.coroutine
def suspend(tag):
    got = yield tag
    return ('resumed', tag, got)


async def native():
    a = await suspend('a')
    b = await suspend('b')
    return [a, b]


print(drive(native(), ['x', 'y']))
print(type(suspend('q')).__name__, inspect.isgenerator(suspend('q')))
print(bool(suspend.__code__.co_flags & 0x100), bool(suspend.__code__.co_flags & 0x20))
print(inspect.isawaitable(suspend('z')), inspect.iscoroutine(suspend('z')))
print(inspect.iscoroutinefunction(suspend), inspect.isgeneratorfunction(suspend))


# A generator-based coroutine may `yield from` a native coroutine
@types.coroutine
def bridge():
    r = yield from native()
    return ('bridge', r)


print(drive(bridge(), [1, 2]))


# ... but a plain generator may not
def plain():
    yield from native()


g = plain()
try:
    next(g)
except TypeError as e:
    print('TypeError', e)


# Decorating a coroutine function returns it unchanged
async def already():
    return 1


print(types.coroutine(already) is already)

# Non-callables are rejected
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)


# A callable returning a generator gets wrapped so that it can be awaited
class Factory:
    def __call__(self):
        return self.gen()

    def gen(self):
        x = yield 'from factory'
        return x


wrapped = types.coroutine(Factory())


async def use_factory():
    return await wrapped()


print(drive(use_factory(), ['sent']))
w = wrapped()
print(type(w).__name__ != 'generator', hasattr(w, '__await__'), hasattr(w, 'send'))
print(next(w))
try:
    w.send(7)
except StopIteration as e:
    print('StopIteration', e.value)


# A generator object returned by a normal function: awaiting it needs the flag
def not_marked():
    yield 1


async def await_plain():
    await not_marked()


try:
    drive(await_plain())
except TypeError as e:
    print('TypeError', e)


# types.CoroutineType / AsyncGeneratorType
async def ag():
    yield 1


print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(isinstance(already(), types.CoroutineType), isinstance(ag(), types.AsyncGeneratorType))
try:
    types.CoroutineType()
except TypeError as e:
    print('TypeError', e)


# A sleep(0)-style bare yield
@types.coroutine
def sleep0():
    yield


async def count():
    n = 0
    for _ in range(3):
        await sleep0()
        n += 1
    return n


print(drive(count()))
