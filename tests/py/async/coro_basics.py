# Coroutine objects: type, attributes, send/throw/close, reuse errors.
import types


def drive(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return yielded, e.value


async def add(a, b=10, *, c=100):
    return a + b + c


async def nothing():
    pass


c = add(1)
print(type(c).__name__, type(c) is types.CoroutineType)
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_code is add.__code__)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_frame is not None, c.cr_origin)
print(drive(c))
print(c.cr_frame, c.cr_running, c.cr_suspended)
print(drive(add(1, 2, c=3)))
print(drive(nothing()))

# Reusing a finished coroutine
for meth, arg in (('send', None), ('throw', ValueError), ('send', 5)):
    try:
        getattr(c, meth)(arg)
    except Exception as e:
        print(meth, type(e).__name__, e)
print(c.close())

# Sending a value into a just-started coroutine
c2 = add(1)
try:
    c2.send(42)
except TypeError as e:
    print('TypeError', e)
print(drive(c2))

# Not iterable, no __next__
c3 = nothing()
try:
    iter(c3)
except TypeError as e:
    print('TypeError', e)
try:
    next(c3)
except TypeError as e:
    print('TypeError', e)
print(hasattr(c3, '__next__'), hasattr(c3, '__iter__'), hasattr(c3, '__await__'))
c3.close()

# throw into a never-started coroutine
c4 = nothing()
try:
    c4.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
try:
    c4.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

# close() of a never-started coroutine, then reuse
c5 = nothing()
c5.close()
try:
    c5.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

# __name__ / __qualname__ are writable
c6 = nothing()
c6.__name__ = 'renamed'
c6.__qualname__ = 'Q.renamed'
print(c6.__name__, c6.__qualname__)
try:
    c6.__name__ = 3
except TypeError as e:
    print('TypeError', e)
c6.close()


class K:
    async def meth(self, x):
        return ('meth', self.__class__.__name__, x)

    @staticmethod
    async def st():
        return 'static'

    @classmethod
    async def cm(cls):
        return cls.__name__


k = K()
print(k.meth(1).__qualname__, drive(k.meth(1)))
print(drive(K.st()), drive(K.cm()))


def outer():
    async def inner():
        return 'inner'
    return inner


print(outer()().__qualname__, drive(outer()()))
lam = lambda: nothing()
print(type(lam()).__name__)

# code flags
print(hex(add.__code__.co_flags & 0x3a0), hex(outer.__code__.co_flags & 0x3a0))
print(type(add).__name__, callable(add))

# a coroutine may be sent values through an awaited generator-based awaitable


class Step:
    def __await__(self):
        got = yield 'step'
        return got


async def steps():
    a = await Step()
    b = await Step()
    return a, b


s = steps()
print(s.send(None), s.cr_suspended, type(s.cr_await).__name__)
print(s.send('one'))
try:
    s.send('two')
except StopIteration as e:
    print('returned', e.value)
