# contextlib.AsyncExitStack: async managers, async/sync callbacks, ordering, exceptions.
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager, nullcontext


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


log = []


@asynccontextmanager
async def acm(name, swallow=False):
    log.append("aenter " + name)
    try:
        yield name
    except Exception as e:
        log.append("%s saw %s" % (name, type(e).__name__))
        if not swallow:
            raise
    finally:
        log.append("aexit " + name)


@contextmanager
def scm(name):
    log.append("enter " + name)
    yield name
    log.append("exit " + name)


class AExit:
    # an object with __aexit__ only, for push_async_exit
    def __init__(self, name, result=False):
        self.name = name
        self.result = result

    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        log.append("AExit %s %s" % (self.name, t.__name__ if t else None))
        return self.result


async def acb(*args, **kw):
    log.append("acb %r %r" % (args, sorted(kw.items())))


def scb(*args):
    log.append("scb %r" % (args,))


async def aexit_func(t, v, tb):
    log.append("aexit_func %s" % (t.__name__ if t else None))
    return False


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(acm("one"))
        b = stack.enter_context(scm("two"))
        c = await stack.enter_async_context(acm("three"))
        log.append("body %s %s %s" % (a, b, c))
    print(log); log.clear()

    # callbacks of every kind, run last-in first-out
    async with AsyncExitStack() as stack:
        r = stack.push_async_callback(acb, 1, 2, k="v")
        print(r is acb)
        stack.callback(scb, "x")
        e = stack.push_async_exit(aexit_func)
        print(e is aexit_func)
        ae = AExit("obj")
        print(stack.push_async_exit(ae) is ae)
        stack.push(lambda *exc: log.append("sync push") and False)
    print(log); log.clear()

    # an exception in the body reaches every callback; a true result swallows it
    async with AsyncExitStack() as stack:
        stack.push_async_exit(AExit("outer"))
        stack.push_async_exit(AExit("swallower", True))
        stack.push_async_exit(AExit("inner"))
        raise KeyError("k")
    print(log); log.clear()

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(acm("p"))
            await stack.enter_async_context(acm("q"))
            raise ValueError("v")
    except ValueError as e:
        print("ValueError", e)
    print(log); log.clear()

    # a callback that raises replaces the exception and chains the old one
    async def failing():
        raise IndexError("from callback")
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(failing)
            raise ValueError("body")
    except IndexError as e:
        print("IndexError", e, "context:", repr(e.__context__))

    # pop_all moves the callbacks; aclose runs them
    stack = AsyncExitStack()
    await stack.enter_async_context(acm("moved"))
    stack.push_async_callback(acb, "moved cb")
    other = stack.pop_all()
    print(type(other).__name__)
    await stack.aclose()
    print(log)
    await other.aclose()
    print(log); log.clear()
    await other.aclose()
    print(log)

    # protocol errors
    async with AsyncExitStack() as stack:
        for bad in (object(), scm("plain"), 5):
            try:
                await stack.enter_async_context(bad)
            except TypeError as e:
                print("TypeError", e)
        try:
            stack.enter_context(acm("async"))
        except TypeError as e:
            print("TypeError", e)
    log.clear()

    # nullcontext in async with
    async with nullcontext(42) as v:
        print("nullcontext", v)
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(nullcontext("n")))
    return "done"


print(run(main()))
print(AsyncExitStack.__aenter__.__name__, AsyncExitStack.aclose.__name__)
import inspect
print(inspect.iscoroutinefunction(AsyncExitStack.aclose),
      inspect.iscoroutinefunction(AsyncExitStack.enter_async_context),
      inspect.iscoroutinefunction(AsyncExitStack.push_async_callback))
