# async with: __aenter__/__aexit__, exceptions, suppression, errors.
def drive(coro):
    out = []
    try:
        while True:
            out.append(coro.send(None))
    except StopIteration as e:
        return out, e.value


class Step:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step('enter ' + self.name)
        log.append('enter ' + self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await Step('exit ' + self.name)
        log.append(('exit', self.name, et.__name__ if et else None, str(ev) if ev else None))
        return self.suppress


async def basic():
    async with CM('a') as v:
        log.append(('body', v))
    return 'ok'


print(drive(basic()), log)
log.clear()


async def multi():
    async with CM('a') as a, CM('b') as b:
        log.append(('body', a, b))
        raise ValueError('boom')


try:
    drive(multi())
except ValueError as e:
    print('ValueError', e)
print(log)
log.clear()


async def suppressed():
    async with CM('s', suppress=True):
        raise KeyError('k')
    return 'after'


print(drive(suppressed()), log)
log.clear()


async def control():
    res = []
    for i in range(4):
        async with CM(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            res.append(i)
    async with CM('r'):
        return res


print(drive(control()))
print(log)
log.clear()


async def nested_return():
    async with CM('outer'):
        try:
            async with CM('inner'):
                return 'value'
        finally:
            log.append('finally')


print(drive(nested_return()), log)
log.clear()


# Errors
class NoAenter:
    async def __aexit__(self, *a):
        pass


class NoAexit:
    async def __aenter__(self):
        pass


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class BadAenter:
    def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        pass


class BadAexit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 'not awaitable'


async def use(cm):
    async with cm:
        log.append('body')


for cm in (5, NoAenter(), NoAexit(), SyncOnly(), BadAenter(), BadAexit()):
    try:
        drive(use(cm))
    except TypeError as e:
        print('TypeError', e)
print(log)
log.clear()


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        raise RuntimeError('from exit')


async def chained():
    async with ExitRaises():
        raise ValueError('inner')


try:
    drive(chained())
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__context__))


# async with outside async function
for src in ("async with x: pass", "def f():\n    async with x: pass\n",
            "async def f():\n    with x: await y\n"):
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
