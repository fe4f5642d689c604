# collections.abc and inspect with coroutines and async generators.
import collections.abc as cabc
import inspect
import types


async def coro_fn():
    return 1


async def agen_fn():
    yield 1


def gen_fn():
    yield 1


@types.coroutine
def old_style():
    yield


class Awaitable:
    def __await__(self):
        yield


class AIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class FullCoro:
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        pass

    def close(self):
        pass

    def __await__(self):
        yield


c = coro_fn()
ag = agen_fn()
g = gen_fn()
objs = [('coroutine', c), ('async_generator', ag), ('generator', g),
        ('old_style', old_style()), ('Awaitable', Awaitable()), ('AIter', AIter()),
        ('FullCoro', FullCoro()), ('int', 5)]
abcs = [cabc.Awaitable, cabc.Coroutine, cabc.AsyncIterable, cabc.AsyncIterator,
        cabc.AsyncGenerator, cabc.Generator, cabc.Iterator]
print('', *[a.__name__ for a in abcs])
for name, o in objs:
    print(name, *[int(isinstance(o, a)) for a in abcs])

print(issubclass(types.CoroutineType, cabc.Coroutine),
      issubclass(types.AsyncGeneratorType, cabc.AsyncGenerator))

for name, f in [('coro_fn', coro_fn), ('agen_fn', agen_fn), ('gen_fn', gen_fn),
                ('old_style', old_style), ('len', len)]:
    print(name, inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f),
          inspect.isgeneratorfunction(f))

for name, o in objs:
    print(name, inspect.iscoroutine(o), inspect.isasyncgen(o), inspect.isawaitable(o),
          inspect.isgenerator(o))


# A user-defined AsyncGenerator through the ABC mixin methods
class Countdown(cabc.AsyncGenerator):
    def __init__(self, n):
        self.n = n

    async def asend(self, value):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def use():
    cd = Countdown(3)
    out = [x async for x in cd]
    await cd.aclose()
    return out


print(drive(use()))
try:
    cabc.Coroutine()
except TypeError as e:
    print('TypeError', e)

# The coroutine's inspect.getcoroutinestate-like attributes
c2 = coro_fn()
print(c2.cr_running, c2.cr_suspended, c2.cr_frame is not None)
drive(c2)
print(c2.cr_running, c2.cr_suspended, c2.cr_frame)
c.close()
