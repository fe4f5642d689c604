# async for: __aiter__/__anext__, StopAsyncIteration, break/continue/else, errors.
def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Ticking:
    # __anext__ returns an awaitable that yields to the driver first
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        return Tick(self.items)


class Tick:
    def __init__(self, items):
        self.items = items

    def __await__(self):
        yield 'tick'
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def collect(ait):
    res = []
    async for x in ait:
        res.append(x)
    return res


print(drive(collect(Counter(3))))
print(drive(collect(Counter(0))))
print(drive(collect(Ticking('ab'))))


async def control():
    res = []
    async for x in Counter(10):
        if x % 2:
            continue
        if x > 6:
            break
        res.append(x)
    else:
        res.append('no-break')
    async for x in Counter(2):
        res.append(-x)
    else:
        res.append('else')
    return res


print(drive(control()))


async def nested():
    res = []
    async for a in Counter(2):
        async for b in Counter(2):
            for c in range(2):
                res.append((a, b, c))
    return res


print(drive(nested()))


async def unpack():
    class Pairs:
        def __init__(self):
            self.items = [(1, 'a'), (2, 'b')]

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)

    out = {}
    async for k, v in Pairs():
        out[k] = v
    return out


print(drive(unpack()))


# Errors
class NoANext:
    def __aiter__(self):
        return 5


class AIterOnly:
    def __aiter__(self):
        return self


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError('from anext')


for obj in (5, [1, 2], NoANext(), AIterOnly(), BadANext(), Raises()):
    try:
        drive(collect(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


# An exception in the body propagates; the loop variable keeps its value
async def body_error():
    x = None
    try:
        async for x in Counter(5):
            if x == 3:
                raise KeyError(x)
    except KeyError as e:
        return 'caught', e.args, x


print(drive(body_error()))


# return inside async for
async def early():
    async for x in Counter(5):
        if x == 2:
            return 'returned', x


print(drive(early()))


# StopAsyncIteration raised in the body is not swallowed by the loop
async def stop_in_body():
    try:
        async for x in Counter(3):
            raise StopAsyncIteration('body')
    except StopAsyncIteration as e:
        return 'escaped', e.args


print(drive(stop_in_body()))


# exception context inside async for handler
async def ctx():
    try:
        raise IndexError('outer')
    except IndexError:
        async for x in Counter(1):
            pass
        import sys
        return type(sys.exc_info()[1]).__name__


print(drive(ctx()))


# async for outside an async function
for src in ("async for x in y: pass", "def f():\n    async for x in y: pass\n"):
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
