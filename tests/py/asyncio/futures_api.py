# asyncio.Future: states, results, exceptions, callbacks, reprs without addresses.
import asyncio


def show(f):
    print(repr(f), f.done(), f.cancelled())


loop = asyncio.new_event_loop()
f = loop.create_future()
show(f)
print(f.get_loop() is loop, asyncio.isfuture(f), asyncio.isfuture(5))
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
f.set_result([1, 2])
show(f)
print(f.result(), f.exception())
for meth, arg in ((f.set_result, 3), (f.set_exception, ValueError)):
    try:
        meth(arg)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
print(f.cancel(), f.cancelled())

g = loop.create_future()
g.set_exception(ValueError('bad'))
show(g)
print(type(g.exception()).__name__)
try:
    g.result()
except ValueError as e:
    print('ValueError', e)

h = loop.create_future()
h.set_exception(KeyError)
print(repr(h.exception()))
for bad in (StopIteration, StopIteration('x'), 5, 'str'):
    k = loop.create_future()
    try:
        k.set_exception(bad)
    except TypeError as e:
        print('TypeError', e)

c = loop.create_future()
print(c.cancel('reason'), c.cancel())
show(c)
try:
    c.result()
except asyncio.CancelledError as e:
    print('CancelledError', e.args)
try:
    c.exception()
except asyncio.CancelledError as e:
    print('CancelledError', e.args)

# callbacks are called through the loop, with the future
order = []
d = loop.create_future()
d.add_done_callback(lambda fut: order.append(('first', fut.result())))
d.add_done_callback(lambda fut: order.append('second'))


def third(fut):
    order.append('third')


d.add_done_callback(third)
d.add_done_callback(third)
print(d.remove_done_callback(third))
d.set_result('R')
print(order)
loop.run_until_complete(asyncio.sleep(0))
print(order)

# awaiting futures in coroutines
async def setter(fut, value, delay):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def waiter():
    lp = asyncio.get_running_loop()
    fut = lp.create_future()
    lp.create_task(setter(fut, 'value', 0.01))
    r = await fut
    fut2 = lp.create_future()
    lp.call_soon(fut2.set_exception, RuntimeError('via call_soon'))
    try:
        await fut2
    except RuntimeError as e:
        r2 = str(e)
    fut3 = lp.create_future()
    lp.call_later(0.01, fut3.cancel)
    try:
        await fut3
    except asyncio.CancelledError:
        r3 = 'cancelled'
    return r, r2, r3


print(loop.run_until_complete(waiter()))

# A future is iterable via yield from in generator-based code
fut = loop.create_future()
it = iter(fut)
print(next(it) is fut)
fut.set_result(5)
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.value)

# run_until_complete with a future
fut = loop.create_future()
loop.call_soon(fut.set_result, 'done by callback')
print(loop.run_until_complete(fut))
print(repr(asyncio.Future(loop=loop)))
big = loop.create_future()
big.set_result(list(range(20)))
print(repr(big))
loop.close()

# Future subclass and wrap_future
class MyFuture(asyncio.Future):
    pass


loop = asyncio.new_event_loop()
m = MyFuture(loop=loop)
print(repr(m), asyncio.wrap_future(m) is m)
loop.close()
