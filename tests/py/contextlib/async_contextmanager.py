# contextlib.asynccontextmanager: enter/exit, exceptions thrown in, error messages.
import contextlib
from contextlib import asynccontextmanager


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


log = []


@asynccontextmanager
async def tag(name):
    """Documented manager."""
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("caught KeyError %s" % e)
    finally:
        log.append("exit " + name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def keeps_going():
    try:
        yield
    except ValueError:
        yield "again"


@asynccontextmanager
async def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


@asynccontextmanager
async def reraises():
    try:
        yield
    except Exception:
        raise


@asynccontextmanager
async def swallow_all():
    try:
        yield
    except BaseException as e:
        log.append("swallowed " + type(e).__name__)


async def main():
    async with tag("a") as v:
        log.append("body " + v)
    print(log); log.clear()

    async with tag("b"):
        raise KeyError("kk")
    print(log); log.clear()

    try:
        async with tag("c"):
            raise ValueError("vv")
    except ValueError as e:
        print("ValueError propagated:", e)
    print(log); log.clear()

    for cm in (no_yield(), ):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)

    try:
        async with two_yields() as v:
            print("got", v)
    except RuntimeError as e:
        print("RuntimeError", e)

    try:
        async with keeps_going():
            raise ValueError
    except RuntimeError as e:
        print("RuntimeError", e)

    try:
        async with converts():
            raise ValueError("orig")
    except TypeError as e:
        print("TypeError", e, "cause:", repr(e.__cause__))

    try:
        async with reraises():
            raise IndexError("same object")
    except IndexError as e:
        print("IndexError", e)

    # StopAsyncIteration and StopIteration raised in the body are not swallowed
    for exc in (StopAsyncIteration("sai"), StopIteration("si")):
        try:
            async with tag("d"):
                raise exc
        except BaseException as e:
            print(type(e).__name__, e, e is exc)
    print(log); log.clear()

    async with swallow_all():
        raise StopAsyncIteration("gone")
    print(log); log.clear()

    # a manager cannot be entered twice
    cm = tag("e")
    async with cm:
        pass
    try:
        async with cm:
            pass
    except Exception as e:
        print(type(e).__name__)
    log.clear()

    # used as a decorator: a fresh manager for every call
    @tag("deco")
    async def work(x):
        log.append("work %d" % x)
        return x * 2
    print(await work(1), await work(2))
    print(log); log.clear()
    return "done"


print(run(main()))
cm = tag("x")
print(type(cm).__name__)
print(cm.__doc__)
print(tag.__name__, tag.__doc__)
print(isinstance(cm, contextlib.AbstractAsyncContextManager))
print(isinstance(cm, contextlib.AbstractContextManager))
print(hasattr(cm, "__aenter__"), hasattr(cm, "__aexit__"), hasattr(cm, "__enter__"))
try:
    with tag("sync"):
        pass
except Exception as e:
    print(type(e).__name__, e)
print(sorted(n for n in contextlib.__all__))
