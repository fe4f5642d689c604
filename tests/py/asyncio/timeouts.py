# wait_for(), timeout(), timeout_at().
import asyncio

log = []


async def slow(name, delay, result='done'):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append('cancelled ' + name)
        raise
    return result


async def main():
    print(await asyncio.wait_for(slow('a', 0.01), 1))
    print(await asyncio.wait_for(slow('b', 0), None))
    try:
        await asyncio.wait_for(slow('c', 1), 0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError, type(e.__cause__).__name__)
    print(log)
    log.clear()
    try:
        await asyncio.wait_for(slow('d', 1), 0)
    except TimeoutError as e:
        print('TimeoutError (zero timeout)')
    print(log)
    log.clear()
    # an already finished future with zero timeout
    f = asyncio.get_running_loop().create_future()
    f.set_result('ready')
    print(await asyncio.wait_for(f, 0))
    # exceptions pass through wait_for
    async def fails():
        raise ValueError('inner')
    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print('ValueError', e)
    # a task that swallows the cancellation: its result is returned
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'kept going'
    print(await asyncio.wait_for(stubborn(), 0.01))

    # asyncio.timeout()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.expired(), cm.when() is not None)
            await slow('e', 1)
    except TimeoutError:
        print('timeout expired', cm.expired())
    print(log)
    log.clear()
    async with asyncio.timeout(1) as cm:
        await slow('f', 0)
    print('no timeout', cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())
        await slow('g', 0)
    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await slow('h', 1)
    except TimeoutError:
        print('rescheduled timeout fired')
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    log.clear()
    # timeout_at in the past fires at the next await
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            log.append('body runs')
            await asyncio.sleep(0)
            log.append('not reached')
    except TimeoutError:
        print('past deadline', log)
    log.clear()
    # other exceptions are not changed
    try:
        async with asyncio.timeout(1):
            raise KeyError('k')
    except KeyError as e:
        print('KeyError', e)
    # nested timeouts: the inner one fires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout')
            await asyncio.sleep(0)
            print('outer still fine')
    except TimeoutError:
        print('outer timeout (unexpected)')
    # a task cancelled from outside inside a timeout block is really cancelled
    async def victim():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())


asyncio.run(main())
