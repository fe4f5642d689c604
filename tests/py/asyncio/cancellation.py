# Task cancellation: delivery at the next await, messages, cleanup, cancelling()/uncancel().
import asyncio

log = []


async def sleeper(name, delay=1):
    log.append('start ' + name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append(('cancelled', name, e.args))
        raise
    finally:
        log.append('finally ' + name)
    return name


async def busy(name):
    # runs without awaiting: the cancellation waits for the next await
    log.append('busy ' + name)
    total = sum(range(1000))
    log.append('still running')
    await asyncio.sleep(0)
    log.append('not reached')
    return total


async def main():
    t = asyncio.create_task(sleeper('a'))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    print(log)
    log.clear()

    # cancel before the task even starts
    t = asyncio.create_task(sleeper('b'))
    t.cancel('early')
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    print(log)
    log.clear()

    # cancel a task that does not await for a while
    t = asyncio.create_task(busy('c'))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(log, t.cancelled())
    log.clear()

    # a task catching CancelledError and returning normally
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append('swallowed')
        return 'survived'
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), log)
    log.clear()

    # uncancel
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    await t
    log.clear()

    # cancelling the awaiting task cancels the awaited one
    inner = asyncio.create_task(sleeper('inner'))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel('outer msg')
    try:
        await o
    except asyncio.CancelledError as e:
        print('outer', e.args, inner.cancelled())
    print(log)
    log.clear()

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(sleeper('e'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        try:
            await t
        except Exception:
            print('not caught here')
    except asyncio.CancelledError:
        print('caught as BaseException')
    log.clear()

    # cancel() on a finished task
    t = asyncio.create_task(sleeper('f', 0))
    await t
    print(t.cancel(), t.cancelled(), t.result())
    log.clear()

    # cancelling while the task waits in a chain of awaits
    async def level(n):
        if n == 0:
            return await sleeper('deep')
        try:
            return await level(n - 1)
        finally:
            log.append('unwind %d' % n)
    t = asyncio.create_task(level(3))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log)
    log.clear()

    # sleep(0) lets other tasks run in FIFO order
    order = []
    async def stepper(name):
        for i in range(3):
            order.append((name, i))
            await asyncio.sleep(0)
    await asyncio.gather(stepper('x'), stepper('y'))
    print(order)


asyncio.run(main())
