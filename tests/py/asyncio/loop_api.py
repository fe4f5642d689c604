# The event loop API: call_soon/call_later/call_at, run_forever/stop, run_until_complete, close,
# exception handlers, handles.
import asyncio

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
order = []

loop.call_soon(order.append, 'soon 1')
h = loop.call_soon(order.append, 'cancelled')
loop.call_soon(order.append, 'soon 2')
h.cancel()
print(h.cancelled(), type(h).__name__)
loop.call_later(0.02, order.append, 'later 0.02')
loop.call_later(0.01, order.append, 'later 0.01')
t = loop.call_at(loop.time() + 0.03, order.append, 'at +0.03')
print(type(t).__name__, t.when() > loop.time(), t.cancelled())
loop.call_later(0.04, loop.stop)
loop.run_forever()
print(order)
order.clear()

# stop() before run_forever: one iteration runs
loop.call_soon(order.append, 'one')
loop.call_soon(loop.stop)
loop.call_soon(order.append, 'two')
loop.run_forever()
print(order)
loop.run_until_complete(asyncio.sleep(0))
order.clear()


# callbacks scheduled by callbacks run in the next iteration
def chain(n):
    order.append(n)
    if n < 3:
        loop.call_soon(chain, n + 1)


loop.call_soon(chain, 0)
loop.call_soon(order.append, 'x')
loop.run_until_complete(asyncio.sleep(0.01))
print(order)
order.clear()

# call_soon argument checks
async def coro_fn():
    pass


for bad in (5, coro_fn):
    try:
        loop.call_soon(bad)
    except TypeError as e:
        print('TypeError', e)
c = coro_fn()
try:
    loop.call_soon(c)
except TypeError as e:
    print('TypeError', e)
c.close()
try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError', e)

# exception handler
seen = []


def handler(lp, context):
    seen.append((context['message'].split(' ')[0:3], type(context.get('exception')).__name__))


print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)


def boom():
    raise ZeroDivisionError('cb')


loop.call_soon(boom)
loop.run_until_complete(asyncio.sleep(0.001))
print(seen)
loop.call_exception_handler({'message': 'custom message'})
print(seen[-1])
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print('TypeError', e)
loop.set_exception_handler(None)


# run_until_complete errors
async def inner_run():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError', e)
    return 'inner ok'


print(loop.run_until_complete(inner_run()))


# stop inside a coroutine: run_until_complete notices the unfinished future
async def stopper():
    loop.stop()
    await asyncio.sleep(1)


try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print('RuntimeError', e)

# time is monotonic
t1 = loop.time()
t2 = loop.time()
print(t2 >= t1, isinstance(t1, float))

# run_in_executor (runs the function; the result comes back as a future)
print(loop.run_until_complete(loop.run_in_executor(None, sum, [1, 2, 3])))

# close
loop.close()
print(loop.is_closed())
loop.close()
for call in (lambda: loop.call_soon(print), lambda: loop.run_forever(),
             lambda: loop.create_task(coro_fn())):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)

# get_event_loop / set_event_loop
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
print(isinstance(new, asyncio.AbstractEventLoop), isinstance(new, asyncio.BaseEventLoop))
new.close()
asyncio.set_event_loop(None)
