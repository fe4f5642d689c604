"""Helpers for writing and combining context managers (the `with` statement, PEP 343)."""
import abc
import os
import sys
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


def _defines_all(klass, names):
    # __subclasshook__ answer: True if each name is found along klass's MRO and the
    # first definition found is not None; NotImplemented otherwise
    for name in names:
        for entry in klass.__mro__:
            namespace = entry.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a `with` statement (__enter__ and __exit__)."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """The default __enter__ hands back the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the pending exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an `async with` statement (__aenter__ and __aexit__)."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """The default __aenter__ hands back the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result swallows the pending exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines_all(C, ("__aenter__", "__aexit__"))


class ContextDecorator(object):
    "Mixin letting a context manager also decorate functions (each call runs inside it)."

    def _recreate_cm(self):
        """The manager to use for one decorated call; self unless it is single-use."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    "Mixin letting an async context manager also decorate coroutine functions."

    def _recreate_cm(self):
        """The manager to use for one decorated call; self unless it is single-use."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """State kept by the managers that @contextmanager builds around a generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # the manager shows the generator function's docstring when it has one
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # a generator runs only once, so every decorated call needs a new manager
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """The context manager returned by a function decorated with @contextmanager."""

    def __enter__(self):
        # the saved call is only for _recreate_cm, which is no longer allowed now
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            return self._finish_normally()
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # the generator handled the exception and returned: that swallows it,
            # but a StopIteration coming from the with body must still propagate
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # PEP 479: the generator turned the StopIteration we threw into RuntimeError
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")

    def _finish_normally(self):
        try:
            next(self.gen)
        except StopIteration:
            return False
        raise RuntimeError("generator didn't stop")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The context manager returned by a function decorated with @asynccontextmanager."""

    async def __aenter__(self):
        # the saved call is only for _recreate_cm, which is no longer allowed now
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            # the generator handled the exception and returned: that swallows it,
            # unless the exception was that StopAsyncIteration itself
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # the generator turned the Stop(Async)Iteration we threw into RuntimeError
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context manager factory.

    Entering runs the generator up to its yield and binds the yielded value; leaving
    resumes it, or throws the with block's exception in at the yield.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator turning a one-yield async generator function into an async context
    manager factory (for `async with`), the asynchronous twin of @contextmanager.
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call thing.close() when the with block ends; `as` binds thing itself.

    `with closing(make_resource()) as r: use(r)` closes r even if use(r) raises.
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async with block ends; `as` binds thing itself.

    Meant for async generators, whose cleanup should not be left to the collector.
    """

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # previous values, innermost last: one manager may be entered several times
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file object while the with block runs."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file object while the with block runs."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silently swallow the listed exception types raised in the with block.

    Execution then continues after the with statement.
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """What ExitStack (and an async variant) share: the stack of exit callbacks."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every registered callback to a fresh stack, which is returned."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Register an __exit__-style callable, or the __exit__ of a context manager.

        Like __exit__, the callback receives the exception details and may swallow
        the exception by returning a true value.
        """
        exit_method = getattr(type(exit), '__exit__', _absent)
        if exit_method is _absent:
            # a plain callable with __exit__'s signature
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, return what its __enter__ returned, and stack its __exit__."""
        kind = type(cm)
        enter = getattr(kind, '__enter__', _absent)
        leave = getattr(kind, '__exit__', _absent)
        if enter is _absent or leave is _absent:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        entered = enter(cm)
        self._push_cm_exit(cm, leave)
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; it cannot swallow exceptions."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # keep a link to the original for introspection
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


_absent = object()


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding any number of exit callbacks, run last-in first-out.

    Typical use: `with ExitStack() as stack:` and then `stack.enter_context(open(p))`
    for each file of a list; all of them are closed when the block ends, even if
    opening one of the later files fails.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # whatever was being handled when the with statement began: context chains
        # built while unwinding must not run into it
        outer = sys.exc_info()[1]
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    swallowed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _attach_context(raised[1], exc_details[1], outer)
                must_raise = True
                exc_details = raised
        if must_raise:
            err = exc_details[1]
            saved_context = err.__context__
            try:
                raise err
            except BaseException:
                # the raise above replaced __context__; put the chained one back
                err.__context__ = saved_context
                raise
        return had_exception and swallowed

    def close(self):
        """Run all the callbacks now, as if the with block had ended."""
        self.__exit__(None, None, None)


def _attach_context(new_exc, old_exc, stop_at):
    # hang old_exc at the end of new_exc's __context__ chain (the chain is cut where it
    # reaches stop_at); nothing to do if old_exc is already in it
    node = new_exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is stop_at:
            break
        node = ctx
    node.__context__ = old_exc


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The asynchronous ExitStack: it also takes async context managers and coroutine
    callbacks, awaited in last-in first-out order when the async with block ends.
    """

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter cm with `await cm.__aenter__()`, return its result and stack its __aexit__."""
        kind = type(cm)
        enter = getattr(kind, '__aenter__', _absent)
        leave = getattr(kind, '__aexit__', _absent)
        if enter is _absent or leave is _absent:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        entered = await enter(cm)
        self._push_async_cm_exit(cm, leave)
        return entered

    def push_async_exit(self, exit):
        """Register a coroutine function with __aexit__'s signature, or the __aexit__
        of an async context manager (a plain __exit__-style callable works too).
        """
        exit_method = getattr(type(exit), '__aexit__', _absent)
        if exit_method is _absent:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function callback(*args, **kwds) to be awaited on exit."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Run all the callbacks now, as if the async with block had ended."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        swallowed = False
        must_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = cb(*exc_details)
                else:
                    result = await cb(*exc_details)
                if result:
                    swallowed = True
                    must_raise = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _attach_context(raised[1], exc_details[1], outer)
                must_raise = True
                exc_details = raised
        if must_raise:
            err = exc_details[1]
            saved_context = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = saved_context
                raise
        return had_exception and swallowed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; entering it returns enter_result.

    Handy where a with statement needs a manager only in some cases, e.g.
    `with (real_cm if needed else nullcontext()):`.
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Switch the working directory for the with block and switch back afterwards.

    Not thread-safe: the working directory belongs to the whole process.
    """

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
