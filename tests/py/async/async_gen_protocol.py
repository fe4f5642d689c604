# The awaitables of async generators driven by hand: send/throw/close, reuse, running checks.
async def agen():
    x = yield 1
    yield ('x', x)
    yield 3


g = agen()
a = g.__anext__()
print(type(a).__name__, iter(a) is a, a.__await__() is a)
try:
    a.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
for meth in ('send', 'throw'):
    try:
        getattr(a, meth)(None if meth == 'send' else ValueError)
    except RuntimeError as e:
        print('RuntimeError', e)

b = g.asend('sent')
try:
    next(b)
except StopIteration as e:
    print('StopIteration', e.value)

# asend with a value on a fresh awaitable uses that value only when sending None
c = g.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
d = g.__anext__()
try:
    d.send(None)
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
print(g.ag_frame)

# closing an awaitable before use
g2 = agen()
e = g2.__anext__()
print(e.close())
try:
    e.send(None)
except RuntimeError as ex:
    print('RuntimeError', ex)

# throw() into an asend awaitable
g3 = agen()
f = g3.__anext__()
try:
    f.throw(KeyError('k'))
except KeyError as ex:
    print('KeyError', ex)
try:
    g3.__anext__().send(None)
except StopAsyncIteration:
    print('exhausted after throw')


# "already running": two __anext__() awaitables in flight
class Suspend:
    def __await__(self):
        yield 'suspended'


async def slow():
    await Suspend()
    yield 'slow'


g4 = slow()
first = g4.__anext__()
print(first.send(None))
print(g4.ag_running, type(g4.ag_await).__name__)
second = g4.__anext__()
try:
    second.send(None)
except RuntimeError as ex:
    print('RuntimeError', ex)
try:
    first.send(None)
except StopIteration as ex:
    print('StopIteration', ex.value)
print(g4.ag_running)

# athrow / aclose awaitables by hand
g5 = agen()
try:
    g5.__anext__().send(None)
except StopIteration:
    pass
t = g5.athrow(ValueError('thrown'))
try:
    t.send(None)
except ValueError as ex:
    print('ValueError', ex)
for meth in ('send', 'throw'):
    try:
        getattr(t, meth)(None if meth == 'send' else ValueError)
    except RuntimeError as ex:
        print('RuntimeError', ex)

g6 = agen()
cl = g6.aclose()
try:
    cl.send(None)
except StopIteration as ex:
    print('aclose done', ex.value)
try:
    g6.aclose().send(None)
except StopIteration:
    print('aclose again done')
try:
    g6.athrow(ValueError).send(None)
except StopIteration:
    print('athrow on closed: StopIteration')

# athrow with a non-None first send
g7 = agen()
try:
    g7.athrow(ValueError).send(5)
except RuntimeError as ex:
    print('RuntimeError', ex)

# argument errors
for call in (lambda g: g.asend(), lambda g: g.athrow(), lambda g: g.athrow(1),
             lambda g: g.athrow(1, 2, 3, 4), lambda g: g.aclose(1), lambda g: g.__anext__(1)):
    try:
        call(agen()).send(None)
    except TypeError as ex:
        print('TypeError', ex)


# async generator function with return value is a SyntaxError
for src in ("async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield 1\n    return None\n",
            "async def f():\n    yield from g()\n",
            "async def f():\n    yield 1\n    return\n"):
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as ex:
        print('SyntaxError', ex.msg, ex.lineno)
