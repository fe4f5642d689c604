# The builtins aiter() and anext(): protocol checks, defaults, messages.


def run(coro):
    # a minimal driver: the coroutines here never really suspend on a future
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


async def agen(n):
    for i in range(n):
        yield i


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


class BadAiter:
    def __aiter__(self):
        return 5


class PlainAnext:
    def __anext__(self):
        return "not awaitable"


class Yielding:
    # __anext__ returns an awaitable that suspends once before answering
    def __init__(self):
        self.done = False

    def __aiter__(self):
        return self

    def __anext__(self):
        return YieldOnce(self)


class YieldOnce:
    # (anext's default awaitable asks for __await__() at every step, as CPython's does:
    # hand out the same iterator each time)
    def __init__(self, owner):
        self.owner = owner
        self.it = None

    def __await__(self):
        if self.it is None:
            self.it = self._run()
        return self.it

    def _run(self):
        got = yield "suspended"
        if self.owner.done:
            raise StopAsyncIteration
        self.owner.done = True
        return ("resumed with", got)


# argument checking
show(aiter)
show(aiter, 1, 2)
show(aiter, x=1)
show(anext)
show(anext, 1, 2, 3)
show(anext, x=1)
show(aiter, 1)
show(aiter, [1, 2])
show(anext, 1)
show(anext, iter([1]))
show(anext, 1, None)
show(aiter, BadAiter())
show(aiter, Counter(1))
show(anext, agen(1))
print(anext(PlainAnext()))
print(callable(aiter), callable(anext))
print(aiter.__name__, anext.__name__)

# aiter returns the async iterator itself for async generators and self-iterators
g = agen(3)
print(aiter(g) is g)
c = Counter(2)
print(aiter(c) is c)


async def main():
    g = agen(3)
    print(await anext(g), await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(g, "default"))
    print(await anext(agen(0), None))
    c = Counter(2)
    print(await anext(c), await anext(c, -1), await anext(c, -1), await anext(c, [1, 2]))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("counter exhausted")
    # async for over aiter()
    out = []
    async for v in aiter(Counter(3)):
        out.append(v)
    print(out)
    # an exception other than StopAsyncIteration passes through a default
    class Boom:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise ValueError("boom")
    try:
        await anext(Boom(), 0)
    except ValueError as e:
        print("ValueError", e)
    # a non-awaitable __anext__ result fails only when a default makes anext await it
    try:
        await anext(PlainAnext(), 0)
    except TypeError as e:
        print("TypeError", e)
    return "main done"


print(run(main()))

# the awaitable with a default, driven by hand
aw = anext(agen(2), "dflt")
print(type(aw).__name__)
print(hasattr(aw, "__await__"), hasattr(aw, "send"), hasattr(aw, "throw"), hasattr(aw, "close"))
print(aw.__await__() is aw, iter(aw) is aw)
try:
    aw.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
aw = anext(agen(0), "dflt")
try:
    aw.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)

# suspension goes through the default awaitable
y = Yielding()
aw = anext(y, "end")
print(aw.send(None))
try:
    aw.send("hello")
except StopIteration as e:
    print("StopIteration value", e.value)
aw = anext(y, "end")
print(aw.send(None))
try:
    aw.send("again")
except StopIteration as e:
    print("StopIteration value", e.value)

# throw() into the default awaitable
aw = anext(Yielding(), "end")
print(aw.send(None))
try:
    aw.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
aw = anext(Yielding(), "end")
aw.send(None)
try:
    aw.throw(StopAsyncIteration)
except StopIteration as e:
    print("thrown StopAsyncIteration gives the default:", e.value)

# an exhausted asend cannot be reused
g = agen(1)
aw = anext(g, 7)
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    aw.send(None)
except Exception as e:
    print(type(e).__name__, e)
