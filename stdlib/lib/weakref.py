"""Weak references and what is built on them.

ref (from the native _weakref module) refers to an object without keeping it alive. On top of
it: WeakValueDictionary and WeakKeyDictionary (mappings that drop an entry when its value or
key dies), WeakSet, WeakMethod (a weak reference to a bound method), finalize (a callback run
when an object dies or at exit) and proxy (an object that forwards to its referent).
"""

import itertools as _itertools
import sys as _sys
from collections.abc import MutableMapping as _MutableMapping

from _weakref import (ref, ReferenceType, getweakrefcount, getweakrefs,
                      _remove_dead_weakref)
from _weakrefset import WeakSet
from types import GenericAlias as _GenericAlias

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives the method again while both the
    object and the function live, else None."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None

        def _died(arg):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, _died)
        self._func_ref = ref(func, _died)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that remembers the key it is stored under (WeakValueDictionary's entries)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, other=(), /, **kw):
        def _drop(wr, selfref=ref(self), _remove=_remove_dead_weakref):
            owner = selfref()
            if owner is not None:
                _remove(owner.data, wr.key)

        self._remove = _drop
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            obj = self.data[key]()
        except KeyError:
            return False
        return obj is not None

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                new[key] = obj
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                new[deepcopy(key, memo)] = obj
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        obj = wr()
        return default if obj is None else obj

    def items(self):
        for key, wr in list(self.data.items()):
            obj = wr()
            if obj is not None:
                yield key, obj

    def keys(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def pop(self, key, *args):
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is None:
            if args:
                return args[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            obj = None
        if obj is None:
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return obj

    def update(self, other=None, /, **kwargs):
        data = self.data
        if other is not None:
            if not hasattr(other, 'keys'):
                other = dict(other)
            for key, obj in other.items():
                data[key] = KeyedRef(obj, self._remove, key)
        for key, obj in kwargs.items():
            data[key] = KeyedRef(obj, self._remove, key)

    def clear(self):
        self.data.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def _drop(wr, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                try:
                    del owner.data[wr]
                except KeyError:
                    pass

        self._remove = _drop
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        data = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


# ---- proxies ------------------------------------------------------------------------------------

def _target(p):
    obj = object.__getattribute__(p, '_ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


class ProxyType:
    """Forwards attribute access and operators to a weakly referenced object."""

    __slots__ = ('_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, (lambda wr, p=self: callback(p))
                                             if callback is not None else None))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *exc):
        return _target(self).__exit__(*exc)


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyTypes) else x


def _forward_binary(name, op):
    def method(self, other):
        return op(_target(self), _unwrap(other))
    method.__name__ = name
    return method


def _make_ops():
    import operator as o
    pairs = {
        'add': o.add, 'sub': o.sub, 'mul': o.mul, 'truediv': o.truediv,
        'floordiv': o.floordiv, 'mod': o.mod, 'pow': o.pow, 'lshift': o.lshift,
        'rshift': o.rshift, 'and': o.and_, 'or': o.or_, 'xor': o.xor, 'matmul': o.matmul,
    }
    for short, op in pairs.items():
        setattr(ProxyType, '__%s__' % short, _forward_binary('__%s__' % short, op))
        setattr(ProxyType, '__r%s__' % short,
                _forward_binary('__r%s__' % short, lambda a, b, op=op: op(b, a)))
        inplace = getattr(o, 'i' + short)
        setattr(ProxyType, '__i%s__' % short, _forward_binary('__i%s__' % short, inplace))
    setattr(ProxyType, '__divmod__', _forward_binary('__divmod__', divmod))
    setattr(ProxyType, '__rdivmod__', _forward_binary('__rdivmod__', lambda a, b: divmod(b, a)))
    for name, op in (('lt', o.lt), ('le', o.le), ('eq', o.eq), ('ne', o.ne), ('gt', o.gt),
                     ('ge', o.ge)):
        setattr(ProxyType, '__%s__' % name, _forward_binary('__%s__' % name, op))


class CallableProxyType(ProxyType):
    """A proxy for a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)
_make_ops()
ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'


def proxy(obj, callback=None):
    """A proxy to obj that does not keep it alive (callable when obj is)."""
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)


# ---- finalize -------------------------------------------------------------------------------------

class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at interpreter exit (unless atexit is set to False)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Run the callback now (once) and return its result; None if it already ran."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister: return (obj, func, args, kwargs), or None when already dead or run."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while still registered and obj lives, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is still registered."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the callback runs at exit when obj is still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        return [f for (f, i) in pending]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                import gc
                reenable_gc = gc.isenabled()
                if reenable_gc:
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
                if reenable_gc:
                    gc.enable()
        finally:
            finalize._shutdown = True
