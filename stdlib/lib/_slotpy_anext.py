# The awaitable that the builtin anext(aiterator, default) returns: it drives the awaitable that
# aiterator.__anext__() gave and turns its StopAsyncIteration into StopIteration(default), as if
# __anext__() had returned the default. Like CPython's, the await-iterator of the wrapped object
# is fetched again for every step.

_CO_ITERABLE_COROUTINE = 0x100


async def _probe():
    pass


_c = _probe()
_CoroutineType = type(_c)
_c.close()
del _c


def _gen():
    yield


_GeneratorType = type(_gen())
del _gen


def _type_attr(t, name):
    for k in t.__mro__:
        d = k.__dict__
        if name in d:
            return d[name]
    return None


def _await_iter(o):
    t = type(o)
    if t is _CoroutineType:
        return o.__await__()
    if t is _GeneratorType and o.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
        return o
    f = _type_attr(t, '__await__')
    if f is None:
        raise TypeError(f"object {t.__name__:.100} can't be used in 'await' expression")
    res = f(o)
    rt = type(res)
    if rt is _CoroutineType or (rt is _GeneratorType
                                and res.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
        raise TypeError("__await__() returned a coroutine")
    if _type_attr(rt, '__next__') is None:
        raise TypeError(f"__await__() returned non-iterator of type '{rt.__name__:.100}'")
    return res


class anext_awaitable:
    __slots__ = ('_wrapped', '_default')

    def __init__(self, wrapped, default):
        self._wrapped = wrapped
        self._default = default

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = _await_iter(self._wrapped)
        try:
            return next(it)
        except StopAsyncIteration:
            pass
        raise StopIteration(self._default)

    def send(self, value):
        it = _await_iter(self._wrapped)
        try:
            return it.send(value)
        except StopAsyncIteration:
            pass
        raise StopIteration(self._default)

    def throw(self, *args):
        it = _await_iter(self._wrapped)
        try:
            return it.throw(*args)
        except StopAsyncIteration:
            pass
        raise StopIteration(self._default)

    def close(self, *args):
        it = _await_iter(self._wrapped)
        try:
            return it.close(*args)
        except StopAsyncIteration:
            pass
        raise StopIteration(self._default)


anext_awaitable.__module__ = 'builtins'
