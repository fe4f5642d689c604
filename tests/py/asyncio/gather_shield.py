# gather() and shield().
import asyncio

log = []


async def job(name, delay, fail=None):
    log.append('start ' + name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append('cancelled ' + name)
        raise
    if fail:
        raise fail
    log.append('end ' + name)
    return name


def flush():
    print(log)
    log.clear()


async def main():
    print(await asyncio.gather(job('a', 0.03), job('b', 0.01), job('c', 0.02)))
    flush()
    print(await asyncio.gather())
    print(await asyncio.gather(job('x', 0), job('y', 0), return_exceptions=True))
    flush()

    # the first exception propagates; the others keep running
    try:
        await asyncio.gather(job('ok', 0.02), job('bad', 0.01, ValueError('v')))
    except ValueError as e:
        print('ValueError', e)
    flush()
    await asyncio.sleep(0.03)
    flush()

    res = await asyncio.gather(job('ok', 0.01), job('bad', 0, KeyError('k')),
                               return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])
    flush()

    # the same coroutine/future twice
    t = asyncio.create_task(job('t', 0))
    print(await asyncio.gather(t, t, job('u', 0)))
    flush()

    # futures and tasks mixed
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 'F')
    print(await asyncio.gather(fut, job('v', 0)))
    flush()

    # cancelling the gather cancels the children
    g = asyncio.gather(job('p', 1), job('q', 1))
    await asyncio.sleep(0)
    print(g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    flush()

    # a cancelled child with return_exceptions
    t1 = asyncio.create_task(job('r', 1))
    t2 = asyncio.create_task(job('s', 0))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel()
    res = await g
    print([type(r).__name__ for r in res])
    flush()

    # without return_exceptions a cancelled child cancels the gather
    t3 = asyncio.create_task(job('w', 1))
    g = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel('stop')
    try:
        await g
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    flush()

    # shield: cancelling the outer await leaves the inner task running
    inner = asyncio.create_task(job('inner', 0.02))
    outer = asyncio.create_task(waits_shielded(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.done(), inner.cancelled())
    print(await inner, inner.done())
    flush()

    # shield of a finished future returns it
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(job('sh', 0)))
    flush()
    # shield propagates the inner exception
    try:
        await asyncio.shield(job('she', 0, IndexError('i')))
    except IndexError as e:
        print('IndexError', e)
    flush()


async def waits_shielded(t):
    return await asyncio.shield(t)


asyncio.run(main())
