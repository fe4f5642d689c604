# Exceptions through await chains, throw()/close() into suspended coroutines.
import sys


class Suspend:
    def __await__(self):
        return (yield 'suspended')


log = []


async def leaf(fail=None):
    try:
        v = await Suspend()
        if fail:
            raise fail
        return v
    except ValueError as e:
        log.append(('leaf caught', str(e)))
        raise
    finally:
        log.append('leaf finally')


async def middle(fail=None):
    try:
        return await leaf(fail)
    except KeyError as e:
        log.append(('middle caught', e.args))
        return 'recovered'


async def top(fail=None):
    return ('top', await middle(fail))


def run(coro, sends=(None,), throw=None):
    try:
        print('yielded', coro.send(None))
        if throw is not None:
            print('yielded', coro.throw(throw))
        for v in sends:
            print('yielded', coro.send(v))
    except StopIteration as e:
        print('returned', e.value)
    except BaseException as e:
        print('raised', type(e).__name__, e)
    print(log)
    log.clear()


run(top(), sends=['v'])
run(top(KeyError('k')), sends=['v'])
run(top(ValueError('bad')), sends=['v'])
run(top(), throw=KeyError('thrown'))
run(top(), throw=ValueError('thrown'))
run(top(), throw=TypeError('thrown'))

# close() runs finally blocks all the way down
c = top()
c.send(None)
print(c.cr_suspended, type(c.cr_await).__name__)
c.close()
print(log, c.cr_frame, c.cr_await)
log.clear()


# A coroutine that ignores GeneratorExit
async def stubborn():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            log.append('ignored')


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
print(log)
log.clear()


# StopIteration raised inside a coroutine becomes RuntimeError
async def stop():
    raise StopIteration('inside')


async def awaits_stop():
    try:
        await stop()
    except RuntimeError as e:
        return 'RuntimeError', str(e), type(e.__cause__).__name__


run(awaits_stop())


# sys.exc_info() inside a coroutine awaited from an except block
async def report():
    return type(sys.exc_info()[1]).__name__


async def handler():
    try:
        raise LookupError('x')
    except LookupError:
        return await report()


run(handler())


# Exception context chaining across await
async def raiser():
    raise IndexError('inner')


async def chainer():
    try:
        raise KeyError('first')
    except KeyError:
        await raiser()


c = chainer()
try:
    c.send(None)
except IndexError as e:
    print('IndexError', e, repr(e.__context__))

# throw() with type / value / traceback forms
for args in ((ValueError,), (ValueError, 'msg'), (ValueError, ValueError('inst')),
             (ValueError('x'), None), (ValueError('x'), 'extra'), (5,), (int,)):
    c = top()
    c.send(None)
    try:
        c.throw(*args)
    except BaseException as e:
        print('throw', args[0] if isinstance(args[0], type) else 'instance', '->',
              type(e).__name__, e)
    c.close()
    log.clear()


# cr_await chain while suspended
c = top()
c.send(None)
aw = c.cr_await
chain = []
while aw is not None:
    chain.append(type(aw).__name__ + ':' + getattr(aw, '__qualname__', '?'))
    aw = getattr(aw, 'cr_await', None) or getattr(aw, 'gi_yieldfrom', None)
print(chain)
c.close()
log.clear()


# Deep await recursion
async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)


run(depth(200))
