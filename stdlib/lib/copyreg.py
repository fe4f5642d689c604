"""Registry of reduction functions, extension codes and reconstruction helpers for pickle/copy.

slotpy note: the runtime's `object` has no __reduce_ex__/__reduce__ methods, so the reduction
CPython's object.__reduce_ex__ performs is emulated here (_reduce_object); pickle and copy use it
for objects that define no reduction of their own.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked (CPython keeps no registry of them any more).
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


# Support for pickling new-style objects with protocols 0 and 1.

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _type_name(cls):
    """The type's tp_name as CPython's messages show it."""
    if cls.__flags__ & _HEAPTYPE:
        return cls.__name__
    module = getattr(cls, '__module__', 'builtins')
    if module == 'builtins' or not isinstance(module, str):
        return cls.__qualname__
    return module + '.' + cls.__qualname__


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = object
    for klass in cls.__mro__:
        if not getattr(klass, '__flags__', _HEAPTYPE) & _HEAPTYPE:
            base = klass
            break
        new = klass.__dict__.get('__new__')
        if isinstance(new, _new_type) and getattr(new, '__self__', None) is klass:
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        dict = getattr(self, '__dict__', None)
    else:
        if _default_getstate(cls) and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# Helpers for __reduce_ex__ with protocol 2 and above (NEWOBJ / NEWOBJ_EX).

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments (pickled as NEWOBJ_EX)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of all __slots__ of cls and its bases (private names mangled), in MRO order;
    cached as cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    if owner:
                        name = '_%s%s' % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:   # builtin or frozen classes
        pass
    return names


# Emulation of object.__reduce_ex__ / object.__getstate__ (see the module docstring).

_object_getstate = getattr(object, '__getstate__', None)


def _default_getstate(cls):
    """True when cls does not override object.__getstate__."""
    getstate = getattr(cls, '__getstate__', None)
    return getstate is None or getstate is _object_getstate


def _getstate(obj, required=False):
    """object.__getstate__ with CPython's `required` checks (used by the NEWOBJ reduction)."""
    cls = type(obj)
    if not _default_getstate(cls):
        return obj.__getstate__()
    if required:
        base = _solid_base(cls)
        if base not in _plain_bases:
            raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
    state = getattr(obj, '__dict__', None) or None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _solid_base(cls):
    """The first builtin (not class-statement) class of cls's MRO."""
    for base in cls.__mro__:
        if not base.__flags__ & _HEAPTYPE:
            return base
    return object


# Builtin bases whose instances the generic NEWOBJ reduction can rebuild.
_plain_bases = (object, int, float, complex, str, bytes, tuple, list, dict, set, frozenset,
                bytearray, bool)


def _builtin_reduce(obj, cls, base, proto):
    """The __reduce__ methods CPython's builtin types have and slotpy's lack; None if base has
    none."""
    import types
    if base is set or base is frozenset:
        return cls, (list(obj),), _getstate(obj)
    if base is bytearray:
        if proto < 3:
            return cls, (str(obj, 'latin-1'), 'latin-1'), _getstate(obj)
        return cls, (bytes(obj),) if obj else (), _getstate(obj)
    if base is range:
        return range, (obj.start, obj.stop, obj.step)
    if base is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if base is types.SimpleNamespace:
        return cls, (), obj.__dict__
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        if d:
            return cls, obj.args, d
        return cls, obj.args
    if base is types.MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if base is types.BuiltinFunctionType:
        owner = obj.__self__
        if owner is None or isinstance(owner, types.ModuleType):
            return obj.__name__
        return getattr, (owner, obj.__name__)
    if base in (types.MethodDescriptorType, types.WrapperDescriptorType,
                types.ClassMethodDescriptorType):
        return getattr, (obj.__objclass__, obj.__name__)
    if base is types.MethodWrapperType:
        return getattr, (obj.__self__, obj.__name__)
    if base is type(Ellipsis):
        return 'Ellipsis'
    if base is type(NotImplemented):
        return 'NotImplemented'
    return None


def _getnewargs(obj):
    """CPython's _PyObject_GetNewArguments: (args or None, kwargs or None)."""
    getnewargs_ex = getattr(type(obj), '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex(obj)
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a "
                            "tuple, not '%.200s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a "
                            "dict, not '%.200s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(type(obj), '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(obj)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                            % type(args).__name__)
        return args, None
    return None, None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    if not kwargs:
        func = __newobj__
        newargs = (cls,) if args is None else (cls,) + args
    else:
        func = __newobj_ex__
        newargs = (cls, args, kwargs)
    required = not (args is not None or isinstance(obj, (list, dict)))
    state = _getstate(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


_object_reduce = getattr(object, '__reduce__', None)   # the runtime's default, if it has one


def _reduce_object(obj, proto):
    """object.__reduce_ex__(obj, proto) as CPython computes it, including the __reduce__
    methods of builtin types that slotpy's runtime does not define."""
    cls = type(obj)
    own = getattr(cls, '__reduce__', None)
    if own is not None and own is not _object_reduce:
        return obj.__reduce__()
    base = _solid_base(cls)
    if base not in _plain_bases or base is set or base is frozenset or base is bytearray:
        rv = _builtin_reduce(obj, cls, base, proto)
        if rv is not None:
            return rv
        if base not in _plain_bases:
            raise TypeError(f"cannot pickle {_type_name(cls)!r} object")
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _reduce(obj):
    """object.__reduce__()."""
    return _reduce_object(obj, 0)


# The extension registry: (module, name) <-> integer code, used by pickle to write EXT1/2/4
# opcodes instead of the global's name. The dicts are shared with pickle: mutate, never rebind.

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Map (module, name) to the integer extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Drop the mapping made by add_extension."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
