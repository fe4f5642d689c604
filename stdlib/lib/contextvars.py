"""Context variables (PEP 567): ContextVar, Token, Context and copy_context().

slotpy runs one thread, so there is one current Context, replaced while Context.run()
runs a function. A context's mapping is never changed in place: ContextVar.set() swaps in
a new dict, so copies (copy_context(), Context.copy()) are cheap snapshots.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_GenericAlias = type(list[int])
_setattr = object.__setattr__


def _no_subclass(qualname):
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '_contextvars.{qualname}' is not an acceptable base type")
    return classmethod(__init_subclass__)


class Context:
    """A mapping from ContextVars to their values; run() executes code inside it."""

    __slots__ = ('_vars', '_prev', '_entered')
    __init_subclass__ = _no_subclass('Context')

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        _setattr(self, '_vars', {})
        _setattr(self, '_prev', None)
        _setattr(self, '_entered', False)
        return self

    def run(*args, **kwargs):
        """Call callable(*args, **kwargs) with this context as the current one."""
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'run' of '_contextvars.Context' object "
                                "needs an argument")
            raise TypeError('run() missing 1 required positional argument')
        self, func, *args = args
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        _setattr(self, '_prev', _current)
        _setattr(self, '_entered', True)
        _current = self
        try:
            return func(*args, **kwargs)
        finally:
            _current = self._prev
            _setattr(self, '_prev', None)
            _setattr(self, '_entered', False)

    def copy(self):
        """A new Context with the same variables and values."""
        other = Context()
        _setattr(other, '_vars', self._vars)
        return other

    def __getitem__(self, var):
        _check_var(var)
        return self._vars[var]

    def __contains__(self, var):
        _check_var(var)
        return var in self._vars

    def get(self, var, default=None):
        """The value of var in this context, or default."""
        _check_var(var)
        return self._vars.get(var, default)

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(list(self._vars))

    def keys(self):
        """The ContextVars set in this context."""
        return iter(list(self._vars))

    def values(self):
        """Their values."""
        return iter(list(self._vars.values()))

    def items(self):
        """(ContextVar, value) pairs."""
        return iter(list(self._vars.items()))

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None

    def __setattr__(self, name, value):
        raise AttributeError(f"'_contextvars.Context' object has no attribute '{name}'")


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f'a ContextVar key was expected, got {var!r}')


_MISSING_DEFAULT = object()


class ContextVar:
    """A context variable: ContextVar(name, *, default=...)."""

    __slots__ = ('_name', '_default', '__weakref__')
    __init_subclass__ = _no_subclass('ContextVar')

    def __new__(cls, *args, **kwargs):
        for key in kwargs:
            if key != 'default':
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
        if len(args) != 1:
            if not args:
                raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
            raise TypeError(f'ContextVar() takes at most 1 positional argument '
                            f'({len(args)} given)')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        _setattr(self, '_name', name)
        _setattr(self, '_default', kwargs.get('default', _MISSING_DEFAULT))
        return self

    @property
    def name(self):
        return self._name

    def get(self, *args, **kwargs):
        """The value in the current context; else the default argument; else the
        variable's default; else LookupError.
        """
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        vars = _current._vars
        if self in vars:
            return vars[self]
        if args:
            return args[0]
        if self._default is not _MISSING_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args, **kwargs):
        """Give the variable a value in the current context; returns a Token for reset()."""
        if kwargs:
            raise TypeError('ContextVar.set() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        new = dict(ctx._vars)
        new[self] = args[0]
        _setattr(ctx, '_vars', new)
        return _make_token(ctx, self, old)

    def reset(self, token):
        """Undo the set() that returned token (restoring the value or the absence)."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        _setattr(token, '_used', True)
        new = dict(ctx._vars)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        _setattr(ctx, '_vars', new)

    def __repr__(self):
        text = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING_DEFAULT:
            text += f' default={self._default!r}'
        return text + f' at 0x{id(self):x}>'

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_contextvars.ContextVar' object has no attribute '{name}'")

    __class_getitem__ = classmethod(_GenericAlias)


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'

    def __reduce__(self):
        return 'Token.MISSING'


_MissingType.__name__ = 'MISSING'
_MissingType.__qualname__ = 'Token.MISSING'
_MissingType.__module__ = 'builtins'


class Token:
    """What ContextVar.set() returns: var, old_value, and the key for ContextVar.reset()."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    __init_subclass__ = _no_subclass('Token')

    MISSING = _MissingType()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __setattr__(self, name, value):
        if name in ('var', 'old_value'):
            raise AttributeError(f"attribute '{name}' of '_contextvars.Token' objects "
                                 f"is not writable")
        raise AttributeError(f"'_contextvars.Token' object has no attribute '{name}'")

    __class_getitem__ = classmethod(_GenericAlias)


def _make_token(ctx, var, old):
    token = object.__new__(Token)
    _setattr(token, '_ctx', ctx)
    _setattr(token, '_var', var)
    _setattr(token, '_old', old)
    _setattr(token, '_used', False)
    return token


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls

_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()
