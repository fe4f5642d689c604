"""functools.py - Tools for working with functions and callable objects
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias, MappingProxyType as _MappingProxy
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper


################################################################################
### update_wrapper() and wraps() decorator
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function

       wrapper gets the attributes named in assigned copied from wrapped,
       its attributes named in updated updated from wrapped's, and
       __wrapped__ set to wrapped.
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
    """Decorator factory to apply update_wrapper() to a wrapper function

       Returns a partial of update_wrapper() with the wrapped function and the
       optional arguments filled in: use it as @wraps(wrapped) on the wrapper.
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering class decorator
################################################################################

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
    """Class decorator that fills in missing ordering methods"""
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


################################################################################
### partialmethod
################################################################################

class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
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


################################################################################
### LRU Cache function decorator
################################################################################

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    Arguments to the cached function must be hashable.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.

    See:  https://en.wikipedia.org/wiki/Cache_replacement_policies#Least_recently_used_(LRU)

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


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

def _c3_merge(sequences):
    """Merges MROs in *sequences* to a single MRO using the C3 algorithm."""
    result = []
    sequences = [list(s) for s in sequences]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for s in sequences:
            head = s[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for s in sequences:
            if s[0] is head:
                del s[0]


def _c3_mro(cls, abcs=None):
    """Computes the method resolution order using extended C3 linearization."""
    bases = cls.__bases__
    boundary = 0
    for i, base in enumerate(reversed(bases)):
        if hasattr(base, '__abstractmethods__'):
            boundary = len(bases) - i
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
    """The MRO of cls merged with the registered types that are its virtual bases."""
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
    """The best implementation for cls in registry (or None)."""
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
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
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

        Registers a new implementation for the given *cls* on a *generic_func*.
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
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
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


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

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
