# Tasks: creation, names, results, callbacks, current_task.
import asyncio


async def job(name, delay, result=None, fail=None):
    print('start', name)
    await asyncio.sleep(delay)
    if fail:
        raise fail
    print('end', name)
    return result if result is not None else name


async def main():
    t1 = asyncio.create_task(job('a', 0.02))
    t2 = asyncio.create_task(job('b', 0.01), name='second')
    t3 = asyncio.ensure_future(job('c', 0))
    print(t1.get_name().startswith('Task-'), t2.get_name(), t3.done())
    t2.set_name('renamed')
    print(t2.get_name(), t1.done(), t1.cancelled())
    print(await t1, await t2, await t3)
    print(t1.done(), t1.result(), t1.exception(), t1.cancelled())
    print(t1.get_coro().__qualname__, isinstance(t1, asyncio.Future), isinstance(t1, asyncio.Task))

    # A task that fails
    t4 = asyncio.create_task(job('d', 0, fail=ValueError('bad')))
    try:
        await t4
    except ValueError as e:
        print('ValueError', e)
    print(t4.done(), type(t4.exception()).__name__)
    try:
        t4.result()
    except ValueError as e:
        print('result() raises', e)

    # done callbacks run in order, after completion, via the loop
    order = []
    t5 = asyncio.create_task(job('e', 0))
    t5.add_done_callback(lambda t: order.append(('cb1', t.result())))
    t5.add_done_callback(lambda t: order.append(('cb2', t.done())))
    removed = t5.remove_done_callback(print)
    await t5
    order.append('after await')
    await asyncio.sleep(0)
    print(order, removed)

    # callbacks added after completion are scheduled soon
    t5.add_done_callback(lambda t: order.append('late'))
    print('late' in order)
    await asyncio.sleep(0)
    print('late' in order)

    # result()/exception() before completion
    t6 = asyncio.create_task(job('f', 0.01))
    for meth in (t6.result, t6.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError', e)
    for meth, arg in ((t6.set_result, 1), (t6.set_exception, ValueError)):
        try:
            meth(arg)
        except RuntimeError as e:
            print('RuntimeError', e)
    await t6

    # current_task inside tasks
    async def who():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(who(), name='me'))
    print(asyncio.current_task().get_name() == main_name)

    # all_tasks
    ts = [asyncio.create_task(asyncio.sleep(0.01)) for _ in range(3)]
    print(len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()))

    # Task() requires a coroutine
    for bad in (5, job, None):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print('TypeError', 'a coroutine was expected' in str(e))
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError', e)

    # ensure_future on a future returns it; on an awaitable wraps it
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)

    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaitable result'

    w = asyncio.ensure_future(Aw())
    print(type(w).__name__, await w)

    # A task awaiting itself
    async def selfwait():
        return await me_task
    me_task = asyncio.create_task(selfwait())
    try:
        await me_task
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('Task cannot await on itself'))

    # Bare yield of a non-future is an error for the task
    import types

    @types.coroutine
    def bad_yield():
        yield 'something'

    async def uses_bad():
        await bad_yield()
    try:
        await asyncio.create_task(uses_bad())
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('Task got bad yield'))
    return 'main'


async def runner():
    global main_name
    main_name = asyncio.current_task().get_name()
    return await main()


print(asyncio.run(runner()))
