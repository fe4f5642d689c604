# asyncio.run, Runner, the running loop, coroutine helpers.
import asyncio
import types


async def answer(x=42):
    await asyncio.sleep(0)
    return x


print(asyncio.run(answer()))
print(asyncio.run(answer(7)))


async def loop_info():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    print(asyncio.current_task() is not None, asyncio.current_task().get_name().startswith('Task-'))
    print(len(asyncio.all_tasks()))
    return loop


loop = asyncio.run(loop_info())
print(loop.is_running(), loop.is_closed())

# No running loop outside
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError', e)

# run() argument errors
for bad in (5, answer, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError', e if bad is not answer else 'coroutine expected')


# nested run
async def nested():
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    finally:
        coro.close()


asyncio.run(nested())


# exceptions propagate out of run
async def fails():
    await asyncio.sleep(0)
    raise KeyError('boom')


try:
    asyncio.run(fails())
except KeyError as e:
    print('KeyError', e)

# iscoroutine / iscoroutinefunction
c = answer()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(answer), asyncio.iscoroutine(5))
print(asyncio.iscoroutinefunction(answer), asyncio.iscoroutinefunction(print))


@types.coroutine
def gen_coro():
    yield


print(asyncio.iscoroutine(gen_coro()), asyncio.iscoroutinefunction(gen_coro))
c.close()

# Runner
with asyncio.Runner() as runner:
    print(runner.run(answer(1)), runner.run(answer(2)))
    lp = runner.get_loop()
    print(lp.is_closed())
print(lp.is_closed())
try:
    runner.run(answer(3))
except RuntimeError as e:
    print('RuntimeError', e)

r = asyncio.Runner()
try:
    r.run(5)
except ValueError as e:
    print('ValueError', e)
r.close()


# tasks left running at the end of asyncio.run() are cancelled
async def forever(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('cancelled at shutdown')
        raise


async def leaves_task(log):
    asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    return 'main done'


log = []
print(asyncio.run(leaves_task(log)), log)

# A new loop by hand
loop = asyncio.new_event_loop()
print(loop.run_until_complete(answer(99)))
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print('RuntimeError', e)

# sleep with result
print(asyncio.run(asyncio.sleep(0, result='slept')), asyncio.run(asyncio.sleep(0.001, 'x')))

# to_thread runs the function
print(asyncio.run(asyncio.to_thread(sorted, [3, 1, 2])))
