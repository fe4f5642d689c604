# asyncio.wait() and asyncio.as_completed().
import asyncio


async def job(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (('a', 0.03), ('b', 0.01), ('c', 0.02))]
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))

    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (('a', 0.05), ('b', 0.01), ('c', 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print(names(done), names(pending))

    ts = [asyncio.create_task(job('ok', 0.05), name='ok'),
          asyncio.create_task(job('bad', 0.01, ValueError('v')), name='bad'),
          asyncio.create_task(job('ok2', 0.05), name='ok2')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    print([type(t.exception()).__name__ for t in done])
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    ts = [asyncio.create_task(job('slow', 1), name='slow'),
          asyncio.create_task(job('fast', 0), name='fast')]
    done, pending = await asyncio.wait(ts, timeout=0.02)
    print(names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    # errors
    for args, kw in ((([],), {}), ((set(),), {}), ((ts,), {'return_when': 'SOMETIMES'})):
        try:
            await asyncio.wait(*args, **kw)
        except ValueError as e:
            print('ValueError', e)
    coro = job('x', 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError', e)
    coro.close()
    f = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    # as_completed yields results in completion order
    coros = [job('third', 0.03), job('first', 0.01), job('second', 0.02)]
    for nxt in asyncio.as_completed(coros):
        print('completed', await nxt)

    # exceptions come out of the awaited item
    for nxt in asyncio.as_completed([job('fine', 0.02), job('broken', 0.01, KeyError('k'))]):
        try:
            print('completed', await nxt)
        except KeyError as e:
            print('KeyError', e)

    # timeout
    results = []
    try:
        for nxt in asyncio.as_completed([job('quick', 0), job('never', 1)], timeout=0.02):
            results.append(await nxt)
    except asyncio.TimeoutError:
        results.append('timeout')
    print(results)
    try:
        for x in asyncio.as_completed(f):
            pass
    except TypeError as e:
        print('TypeError', e)
    # cleanup leftovers
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()


asyncio.run(main())
