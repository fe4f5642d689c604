# contextlib: aclosing, AbstractAsyncContextManager, nullcontext's async side,
# AsyncContextDecorator.
import contextlib
import inspect
from contextlib import aclosing, AbstractAsyncContextManager, nullcontext


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


log = []


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers closed")


class Closable:
    async def aclose(self):
        log.append("Closable.aclose")


class Minimal(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        log.append("Minimal exit %s" % (exc[0].__name__ if exc[0] else None))
        return None


class NoExit(AbstractAsyncContextManager):
    pass


class Duck:
    async def __aenter__(self):
        return "duck"

    async def __aexit__(self, *a):
        return False


class DuckNone:
    __aenter__ = None

    async def __aexit__(self, *a):
        return False


class Deco(contextlib.AsyncContextDecorator):
    async def __aenter__(self):
        log.append("deco enter")
        return self

    async def __aexit__(self, *exc):
        log.append("deco exit %s" % (exc[0].__name__ if exc[0] else None))
        return False


async def main():
    async with aclosing(numbers()) as gen:
        async for v in gen:
            if v == 2:
                break
            log.append(v)
    print(log); log.clear()

    try:
        async with aclosing(Closable()) as c:
            raise ValueError("x")
    except ValueError as e:
        print("ValueError", e, type(c).__name__)
    print(log); log.clear()

    m = Minimal()
    async with m as got:
        print(got is m)
    try:
        async with Minimal():
            raise KeyError(1)
    except KeyError:
        print("KeyError passes")
    print(log); log.clear()

    # nullcontext: real coroutines
    n = nullcontext("r")
    aw = n.__aenter__()
    print(inspect.iscoroutine(aw), await aw)
    aw = n.__aexit__(None, None, None)
    print(inspect.iscoroutine(aw), await aw)
    async with nullcontext() as v:
        print(v)

    @Deco()
    async def decorated(a, b=2):
        log.append("body %s %s" % (a, b))
        return a + b
    print(await decorated(1), await decorated(1, b=5))
    print(decorated.__name__)
    try:
        await Deco()(lambda: None)()
    except TypeError as e:
        print("TypeError", e)
    print(log); log.clear()

    @Deco()
    async def failing():
        raise IndexError("i")
    try:
        await failing()
    except IndexError as e:
        print("IndexError", e)
    print(log); log.clear()
    return "done"


print(run(main()))

try:
    NoExit()
except TypeError as e:
    print("TypeError", e)
print(issubclass(Duck, AbstractAsyncContextManager))
print(issubclass(DuckNone, AbstractAsyncContextManager))
print(issubclass(Minimal, AbstractAsyncContextManager))
print(issubclass(int, AbstractAsyncContextManager))
print(isinstance(nullcontext(), AbstractAsyncContextManager))
print(isinstance(aclosing(None), AbstractAsyncContextManager))
print(isinstance(contextlib.AsyncExitStack(), AbstractAsyncContextManager))
print(AbstractAsyncContextManager[int])
print(inspect.iscoroutinefunction(AbstractAsyncContextManager.__aenter__),
      inspect.iscoroutinefunction(AbstractAsyncContextManager.__aexit__))
print(sorted(AbstractAsyncContextManager.__abstractmethods__))
print(run(AbstractAsyncContextManager.__aexit__(None, None, None, None)))
print(aclosing(5).thing)
