"""Abstract Base Classes (ABCs) according to PEP 3119."""

import _abc

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass derives from ABCMeta cannot be instantiated unless all of its
    abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod + abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod + abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated: use property + abstractmethod)."""
    __isabstractmethod__ = True


def _is_abstract(value):
    # getattr(value, '__isabstractmethod__', False), also for the descriptors of the runtime
    # that do not forward the attribute to the functions they wrap.
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        pass
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and _is_abstract(f):
                return True
    elif isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


class _AbcData:
    """Per-class bookkeeping of an ABC: registered virtual subclasses and check caches."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _counter[0]


# Bumped by every register(): negative caches older than it are stale.
_counter = [0]


def get_cache_token():
    """Return the current ABC cache token (it changes whenever an ABC gets a virtual subclass)."""
    return _counter[0]


def _own_abstracts(cls):
    try:
        return cls.__dict__['__abstractmethods__']
    except KeyError:
        return ()


def _new_kind(cls):
    """Where cls's __new__ comes from: 'object', 'python' (a __new__ written in Python, which may
    chain up to object.__new__) or 'builtin' (another builtin type's)."""
    for base in cls.__mro__:
        new = base.__dict__.get('__new__')
        if new is None:
            continue
        if base is object:
            return 'object'
        if isinstance(new, staticmethod) or type(new).__name__ == 'function':
            return 'python'
        return 'builtin'
    return 'object'


def _abstract_error(cls):
    names = sorted(cls.__abstractmethods__)
    return TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                     % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC. An ABC can be subclassed directly, and then acts as a
    mix-in class. You can also register unrelated concrete classes (even built-in classes) and
    unrelated ABCs as 'virtual subclasses' -- these and their descendants will be considered
    subclasses of the registering ABC by the built-in issubclass() function, but the registering
    ABC won't show up in their MRO (Method Resolution Order) nor will method implementations
    defined by the registering ABC be callable (not even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _AbcData()
        return cls

    def __call__(cls, *args, **kwargs):
        # CPython makes object.__new__ refuse abstract classes; slotpy's object.__new__ does not
        # check yet, so the metaclass does it at the same point.
        if _own_abstracts(cls):
            kind = _new_kind(cls)
            if kind == 'object':
                if (args or kwargs) and cls.__init__ is object.__init__:
                    return super().__call__(*args, **kwargs)  # "C() takes no arguments" first
                raise _abstract_error(cls)
            if kind == 'python':
                obj = cls.__new__(cls, *args, **kwargs)
                if isinstance(obj, cls):
                    raise _abstract_error(cls)
                return obj
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it (so this also
        works as a class decorator).
        """
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _counter[0] += 1
        # A virtual Sequence/Mapping gets the type flag that match statements test.
        _abc._register_collection(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        data = cls._abc_impl
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if data.negative_version == _counter[0] and subclass in data.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.negative_version < _counter[0]:
            data.negative_cache = set()
            data.negative_version = _counter[0]
        elif subclass in data.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError('__subclasshook__ must return either False, True, '
                                     'or NotImplemented')
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = cls._abc_impl
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the class was created, the
    method will not be considered implemented until this function is called. Returns cls, to
    allow usage as a class decorator. If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
