# Async generators: iteration, asend/athrow/aclose, attributes.
import types


def drive(coro, sends=()):
    sends = list(sends)
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return out, e.value


class Step:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield ('got', got)


g = agen(3)
print(type(g).__name__, isinstance(g, types.AsyncGeneratorType))
print(g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_frame is not None)
print(g.ag_code is agen.__code__, hex(agen.__code__.co_flags & 0x3a0))
print(g.__aiter__() is g, type(g.__anext__()).__name__, type(g.asend(1)).__name__)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(hasattr(g, '__next__'), hasattr(g, '__iter__'), hasattr(g, 'send'))


async def collect(ag):
    return [x async for x in ag]


print(drive(collect(agen(4))))


# asend
async def sender():
    ag = agen(5)
    out = [await ag.__anext__()]
    out.append(await ag.asend('hello'))
    out.append(await ag.__anext__())
    out.append(await ag.asend(None))
    return out


print(drive(sender()))


# async generator awaiting things between yields
async def slow():
    a = await Step('s1')
    yield a
    b = await Step('s2')
    yield b


print(drive(collect(slow()), ['A', 'B']))


# return ends the generator: StopAsyncIteration
async def short():
    yield 1
    return
    yield 2


async def nexts(ag, n):
    out = []
    for _ in range(n):
        try:
            out.append(await ag.__anext__())
        except StopAsyncIteration as e:
            out.append(('StopAsyncIteration', e.args))
    return out


print(drive(nexts(short(), 4)))


# athrow: caught inside, the next yielded value is the result
async def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            yield ('caught', str(e))


async def thrower():
    ag = catcher()
    out = [await ag.__anext__()]
    out.append(await ag.athrow(ValueError('v1')))
    out.append(await ag.__anext__())
    out.append(await ag.athrow(ValueError, ValueError('v2')))
    try:
        await ag.athrow(KeyError('k'))
    except KeyError as e:
        out.append(('KeyError', e.args))
    out.append(await nexts(ag, 1))
    return out


print(drive(thrower()))


# athrow on a generator that finishes on it
async def finisher():
    try:
        yield 1
    except ValueError:
        return


async def athrow_finish():
    ag = finisher()
    await ag.__anext__()
    try:
        await ag.athrow(ValueError)
    except StopAsyncIteration as e:
        return 'StopAsyncIteration', e.args


print(drive(athrow_finish()))

# aclose runs finally blocks
log = []


async def closing():
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')
        await Step('cleanup')
        log.append('cleaned')


async def close_it():
    ag = closing()
    first = await ag.__anext__()
    r = await ag.aclose()
    again = await ag.aclose()
    rest = await nexts(ag, 1)
    return first, r, again, rest


print(drive(close_it()), log)


# aclose on a never-started and on an exhausted generator
async def close_unused():
    ag = agen(1)
    await ag.aclose()
    ag2 = agen(1)
    out = [x async for x in ag2]
    await ag2.aclose()
    return out, await nexts(ag, 1)


print(drive(close_unused()))


# ignoring GeneratorExit
async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


async def close_stubborn():
    ag = stubborn()
    await ag.__anext__()
    try:
        await ag.aclose()
    except RuntimeError as e:
        return 'RuntimeError', str(e)


print(drive(close_stubborn()))


# StopIteration / StopAsyncIteration raised inside
async def raises_stop():
    yield 1
    raise StopIteration('x')


async def raises_astop():
    yield 1
    raise StopAsyncIteration('y')


for f in (raises_stop, raises_astop):
    try:
        drive(collect(f()))
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)


# yield inside try/except around an await
async def mixed():
    for i in range(3):
        try:
            v = await Step(i)
            if v == 'bad':
                raise ValueError(i)
            yield v
        except ValueError as e:
            yield ('err', e.args[0])


print(drive(collect(mixed()), ['a', 'bad', 'c']))


# Methods of async generators in classes
class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids

    async def walk(self):
        yield self.v
        for k in self.kids:
            async for x in k.walk():
                yield x


print(drive(collect(Tree(1, Tree(2, Tree(3)), Tree(4)).walk())))
