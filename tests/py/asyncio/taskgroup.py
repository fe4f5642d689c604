# asyncio.TaskGroup (3.11) with ExceptionGroup and except*.
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
        log.append('fail ' + name)
        raise fail
    log.append('end ' + name)
    return name


def flush():
    print(log)
    log.clear()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.02))
        t2 = tg.create_task(job('b', 0.01), name='bee')
        print(type(t1).__name__, t2.get_name())
    print(t1.result(), t2.result())
    flush()

    # one failure cancels the siblings; errors are grouped
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('ok', 1))
            tg.create_task(job('bad', 0.01, ValueError('v')))
    except* ValueError as eg:
        print('caught', type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
    flush()

    # several failures at once
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('x', 0.01, KeyError('k')))
            tg.create_task(job('y', 0.01, TypeError('t')))
            tg.create_task(job('z', 1))
    except ExceptionGroup as eg:
        print(eg.message, sorted(type(e).__name__ for e in eg.exceptions))
    flush()

    # except* split
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job('p', 0.01, KeyError('k')))
                tg.create_task(job('q', 0.01, OSError('o')))
        except* KeyError as eg:
            print('KeyErrors', len(eg.exceptions))
    except* OSError as eg:
        print('OSErrors', len(eg.exceptions))
    log.clear()

    # an exception in the body also cancels the tasks
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('bg', 1))
            await asyncio.sleep(0)
            raise RuntimeError('body')
    except* RuntimeError as eg:
        print('body error', [str(e) for e in eg.exceptions])
    flush()

    # the body waits for the tasks, which can add more tasks
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0.01)
            tg.create_task(job('child', 0.01))
            return 'spawned'
        s = tg.create_task(spawner())
    print(s.result())
    flush()

    # errors
    tg = asyncio.TaskGroup()
    coro = job('never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', str(e).endswith('has not been entered'))
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', str(e).endswith('has already been entered'))
    coro = job('late', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', str(e).endswith('is finished'))
    coro.close()

    # cancelling the task that runs the group
    async def runs_group():
        async with asyncio.TaskGroup() as g:
            g.create_task(job('inner1', 1))
            g.create_task(job('inner2', 1))
    t = asyncio.create_task(runs_group())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())
    flush()
    # results of tasks are available afterwards
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(str(i), 0.01 * (3 - i))) for i in range(3)]
    print([t.result() for t in ts])
    log.clear()


asyncio.run(main())
