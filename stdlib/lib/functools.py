"""Higher-order helpers: decorators and tools that take or return callables."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias, MappingProxyType as _MappingProxy
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper


# ---- update_wrapper() and wraps() decorator --------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

    Copies the attributes listed in assigned, merges the mappings listed in
    updated, sets wrapper.__wrapped__, and returns wrapper.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """@wraps(wrapped) on a wrapper definition runs update_wrapper() on it.

    The result is update_wrapper() with everything but the wrapper filled in.
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- total_ordering class decorator ----------------------------------------------------------

# Each derived method calls the root one through the type and combines its answer with == / !=
# as described in its docstring; NotImplemented is passed through.
def _derived(name, root, negate, combine, doc):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if combine is None:
            return not r
        if combine == 'and':
            return (not r if negate else r) and self != other
        return (not r if negate else r) or self == other
    method.__name__ = method.__qualname__ = name
    method.__doc__ = doc
    return method


def _build_convert():
    table = {}
    # root: [(name, negate, combine)] in CPython's order
    spec = {
        '__lt__': [('__gt__', True, 'and', 'not a < b', 'a != b'),
                   ('__le__', False, 'or', 'a < b', 'a == b'),
                   ('__ge__', True, None, 'not a < b', None)],
        '__le__': [('__ge__', True, 'or', 'not a <= b', 'a == b'),
                   ('__lt__', False, 'and', 'a <= b', 'a != b'),
                   ('__gt__', True, None, 'not a <= b', None)],
        '__gt__': [('__lt__', True, 'and', 'not a > b', 'a != b'),
                   ('__ge__', False, 'or', 'a > b', 'a == b'),
                   ('__le__', True, None, 'not a > b', None)],
        '__ge__': [('__le__', True, 'or', 'not a >= b', 'a == b'),
                   ('__gt__', False, 'and', 'a >= b', 'a != b'),
                   ('__lt__', True, None, 'not a >= b', None)],
    }
    symbols = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}
    for root, derived in spec.items():
        entries = []
        for name, negate, combine, first, second in derived:
            how = '(%s)' % first if second is None else '(%s) %s (%s)' % (first, combine, second)
            doc = 'Return a %s b.  Computed by @total_ordering from %s.' % (symbols[name], how)
            fname = '_%s_from_%s' % (name[2:4], root[2:4])
            func = _derived(fname, root, negate, combine, doc)
            entries.append((name, func))
        table[root] = entries
    return table


_convert = _build_convert()


def total_ordering(cls):
    """Class decorator: given one of < <= > >= (and ==), add the other three."""
    roots = {name for name in _convert
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # __lt__, then __le__, __gt__, __ge__
    for name, func in _convert[root]:
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---- partialmethod ---------------------------------------------------------------------------

class partialmethod(object):
    """Like partial(), but for use as a method in a class body: the stored
    arguments follow self (or whatever the wrapped descriptor binds).
    Plain callables without __get__ are bound like functions.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        positional = ", ".join(repr(a) for a in self.args)
        named = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        cls = type(self)
        return "{}.{}({}, {}, {})".format(cls.__module__, cls.__qualname__, self.func,
                                          positional, named)

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args, **{**pm.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, "__get__", None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ---- LRU Cache function decorator ------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    Memoizes a function, keeping at most maxsize results and evicting the
    one used longest ago; maxsize=None means no limit (and no eviction).

    With typed=True, equal arguments of different types get separate
    entries (f(1) and f(1.0), say).  All arguments must be hashable.

    The wrapper has cache_info() (a (hits, misses, maxsize, currsize) named
    tuple), cache_clear(), cache_parameters() and __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare @lru_cache.
        return _decorate(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- singledispatch() - single-dispatch generic function decorator ---------------------------

def _c3_merge(sequences):
    # C3 linearisation: repeatedly take the first head that appears in no tail
    pending = [list(seq) for seq in sequences if seq]
    merged = []
    while pending:
        tails = [seq[1:] for seq in pending]
        pick = next((seq[0] for seq in pending
                     if all(seq[0] not in tail for tail in tails)), _NO_HEAD)
        if pick is _NO_HEAD:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(pick)
        for seq in pending:
            if seq[0] is pick:
                seq.pop(0)
        pending = [seq for seq in pending if seq]
    return merged


_NO_HEAD = object()


def _c3_mro(cls, abcs=None):
    # C3 extended with the ABCs in abcs that cls is a virtual subclass of; they go
    # right after the last explicit base that is itself an ABC.
    bases = cls.__bases__
    boundary = 0
    for pos in range(len(bases), 0, -1):
        if hasattr(bases[pos - 1], '__abstractmethods__'):
            boundary = pos
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    abstract = []
    other = list(bases[boundary:])
    for base in abcs:
        if issubclass(cls, base) and not any(issubclass(b, base) for b in bases):
            abstract.append(base)
    for base in abstract:
        abcs.remove(base)
    explicit_mros = [_c3_mro(b, abcs=abcs) for b in explicit]
    abstract_mros = [_c3_mro(b, abcs=abcs) for b in abstract]
    other_mros = [_c3_mro(b, abcs=abcs) for b in other]
    return _c3_merge([[cls]] + explicit_mros + abstract_mros + other_mros +
                     [explicit] + [abstract] + [other])


def _compose_mro(cls, types):
    # cls's MRO with the relevant registered types (virtual bases) worked in
    bases = set(cls.__mro__)

    def relevant(t):
        return (t not in bases and hasattr(t, '__mro__') and not isinstance(t, GenericAlias)
                and issubclass(cls, t))
    types = [t for t in types if relevant(t)]

    def covered(t):
        # t is a strict base of another candidate: it comes in with that one.
        return any(t is not other and t in other.__mro__ for other in types)
    types = [t for t in types if not covered(t)]
    wanted = set(types)
    chosen = []
    for t in types:
        found = []
        for sub in t.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in wanted])
        if not found:
            chosen.append(t)
            continue
        # The subclasses with the most useful bases first.
        found.sort(key=len, reverse=True)
        for sub in found:
            for subcls in sub:
                if subcls not in chosen:
                    chosen.append(subcls)
    return _c3_mro(cls, abcs=chosen)


def _find_impl(cls, registry):
    # the registered implementation nearest to cls in the composed MRO, or None
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


try:
    _UnionType = type(int | str)
except TypeError:
    _UnionType = None


def _is_union_type(cls):
    return _UnionType is not None and isinstance(cls, _UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by the
    type of its first argument.  func handles object (the fallback); more
    implementations are added with the .register() attribute.
    """
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        The implementation that a first argument of type cls would get.
        """
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Add func as the implementation for cls (also usable as a decorator,
        with cls given or taken from func's first annotation).
        """
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                f"Use either `@register(some_class)` or plain `@register` "
                                f"on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatch is on the first argument after
    self/cls.  Works with descriptors such as classmethod, and binds plain
    callables like functions.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Add an implementation for cls, as singledispatch's register() does.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property() - property result cached as instance attribute ------------------------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = store.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f"instance does not support item assignment for caching "
                                f"{name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
