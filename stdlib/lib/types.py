"""
Names for the built-in types that have no builtin name of their own (functions,
generators, modules, ...), plus helpers for creating classes dynamically.
"""
import sys


# There is deliberately no single "iterator type": being an iterator means having __iter__
# and __next__, which many unrelated built-in types do.

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)   # lambdas are plain functions
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    __slots__ = ('_x',)

    def _m(self): pass


MethodType = type(_C()._m)
MemberDescriptorType = type(_C.__dict__['_x'])
del _C

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)   # one type for builtin functions and methods
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__']) \
    if type(FunctionType.__dict__.get('__code__')).__name__ == 'getset_descriptor' \
    else type(type.__dict__['__doc__'])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)
    del exc

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    GenericAlias = type(list[int])
except TypeError:
    pass

try:
    UnionType = type(int | str)
except TypeError:
    pass

del sys, _f, _g, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _ns_repr_running:
            return name + '(...)'
        _ns_repr_running.add(key)
        try:
            items = [f'{k}={v!r}' for k, v in self.__dict__.items() if isinstance(k, str)]
        finally:
            _ns_repr_running.discard(key)
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


_ns_repr_running = set()


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Do what a class statement does (PEP 3115): pick the metaclass, prepare the
    namespace, let exec_body(ns) fill it, and call the metaclass."""
    real_bases = resolve_bases(bases)
    meta, namespace, extra = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **extra)


def resolve_bases(bases):
    """Replace each non-class base that has __mro_entries__ by the tuple it returns
    (PEP 560); bases itself is returned when nothing changes."""
    out = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            out.append(base)
            continue
        replacement = base.__mro_entries__(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(replacement)
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass for a new class and call its __prepare__.

    Returns (metaclass, namespace, kwds): the namespace from __prepare__ (or
    a new dict), and a copy of kwds (an empty dict for None) without its
    'metaclass' entry.
    """
    extra = {} if kwds is None else dict(kwds)   # the caller's mapping stays as it was
    meta = extra.pop('metaclass') if 'metaclass' in extra else (type(bases[0]) if bases else type)
    if isinstance(meta, type):
        # a real metaclass gives way to the most derived metaclass among the bases'
        meta = _calculate_meta(meta, bases)
    namespace = meta.__prepare__(name, bases, **extra) if hasattr(meta, '__prepare__') else {}
    return meta, namespace, extra


def _calculate_meta(meta, bases):
    # the metaclass that is a subclass of meta and of every base's metaclass
    winner = meta
    for other in map(type, bases):
        if issubclass(winner, other):
            continue
        if not issubclass(other, winner):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        winner = other
    return winner


class DynamicClassAttribute:
    """Property-like descriptor that works on instances only.

    On an instance it behaves like property; looked up on the class it raises
    AttributeError, so that the class's (metaclass's) __getattr__ takes over.
    Used, for example, by enum for member attributes.
    """
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # like property: the getter's docstring unless one is given
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = bool(abstract)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        # a docstring taken from the old getter follows the new getter
        new_doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._copy_with(fget, self.fset, self.fdel, new_doc)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel, self.__doc__)


async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()
async def _ag():
    yield
_ag = _ag()
AsyncGeneratorType = type(_ag)
del _c, _ag


class _GeneratorWrapper:
    # Wraps a generator returned by a non-generator-function callable decorated with
    # types.coroutine, so that it can be awaited.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and func.__code__.__class__ is CodeType:
        flags = func.__code__.co_flags
        if flags & 0x180:   # CO_COROUTINE | CO_ITERABLE_COROUTINE
            return func
        if flags & 0x20:    # CO_GENERATOR
            from _coroutines import _mark_iterable_coroutine
            _mark_iterable_coroutine(func.__code__)
            return func

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType or (
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if coro.__class__ is GeneratorType or (
                hasattr(coro, '__next__') and hasattr(coro, 'send') and hasattr(coro, 'throw')
                and hasattr(coro, 'close') and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


try:
    from _collections import _c_type_name
except ImportError:
    pass
else:
    _c_type_name(SimpleNamespace, 'types.SimpleNamespace')
    del _c_type_name

__all__ = [n for n in globals() if n[:1] != '_']
