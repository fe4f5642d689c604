"""Generate special methods (__init__, __repr__, __eq__, ...) for classes
described by PEP 526 variable annotations."""

import sys
import copy
import types
import keyword
import functools
import abc
from types import FunctionType, GenericAlias

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _recursive_repr(fn):
    # Return '...' when repr() of the same object is re-entered.
    active = set()

    @functools.wraps(fn)
    def wrapper(self):
        key = (id(self), _get_ident())
        if key in active:
            return '...'
        active.add(key)
        try:
            return fn(self)
        finally:
            active.discard(key)
    return wrapper


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},repr={self.repr!r},hash={self.hash!r},'
                f'compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        # Forward PEP 487 __set_name__ to a descriptor used as default.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},'
                f'eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one dataclass field: its default or default_factory and how it takes part in the generated methods."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Code generation

def _make_function(name, params, body, globals, closure=None,
                   return_type=MISSING):
    # Build `name` by exec()-ing source text.  Values the function needs are
    # passed as arguments of an outer factory so they become closure cells.
    closure = dict(closure) if closure else {}
    annotation = ''
    if return_type is not MISSING:
        closure['_return_type'] = return_type
        annotation = '->_return_type'
    lines = [f'def __create_fn__({", ".join(closure)}):',
             f' def {name}({",".join(params)}){annotation}:']
    lines.extend('  ' + line for line in body)
    lines.append(f' return {name}')
    ns = {}
    exec('\n'.join(lines), globals, ns)
    return ns['__create_fn__'](**closure)


def _tuple_text(obj, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj}.{f.name}' for f in flds) + ',)'


def _assign_text(frozen, name, value, self_name):
    if frozen:
        return (f'__dataclass_builtins_object__.__setattr__('
                f'{self_name},{name!r},{value})')
    return f'{self_name}.{name}={value}'


def _init_line(f, frozen, closure, self_name, slots):
    dflt = f'_dflt_{f.name}'
    if f.default_factory is not MISSING:
        closure[dflt] = f.default_factory
        if f.init:
            value = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
        else:
            value = f'{dflt}()'
    elif f.init:
        if f.default is not MISSING:
            closure[dflt] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        closure[dflt] = f.default
        value = dflt
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _assign_text(frozen, f.name, value, self_name)


def _param_text(f):
    if f.default is not MISSING:
        dflt = f'=_dflt_{f.name}'
    elif f.default_factory is not MISSING:
        dflt = '=_HAS_DEFAULT_FACTORY'
    else:
        dflt = ''
    return f'{f.name}:_type_{f.name}{dflt}'


def _make_init(all_fields, pos_fields, kw_fields, frozen, has_post_init,
               self_name, globals, slots):
    seen_default = False
    for f in pos_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')

    closure = {f'_type_{f.name}': f.type for f in all_fields}
    closure['MISSING'] = MISSING
    closure['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    closure['__dataclass_builtins_object__'] = object

    body = []
    for f in all_fields:
        line = _init_line(f, frozen, closure, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        args = ','.join(f.name for f in all_fields
                        if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')
    if not body:
        body = ['pass']

    params = [self_name] + [_param_text(f) for f in pos_fields]
    if kw_fields:
        params.append('*')
        params.extend(_param_text(f) for f in kw_fields)
    return _make_function('__init__', params, body, globals, closure,
                          return_type=None)


def _make_repr(flds, globals):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    fn = _make_function(
        '__repr__', ('self',),
        ['return self.__class__.__qualname__ + f"(' + parts + ')"'], globals)
    return _recursive_repr(fn)


def _make_frozen_methods(cls, flds, globals):
    closure = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    if flds:
        names = '(' + ','.join(repr(f.name) for f in flds) + ',)'
    else:
        names = '()'
    setattr_fn = _make_function(
        '__setattr__', ('self', 'name', 'value'),
        [f'if type(self) is cls or name in {names}:',
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'],
        globals, closure)
    delattr_fn = _make_function(
        '__delattr__', ('self', 'name'),
        [f'if type(self) is cls or name in {names}:',
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'],
        globals, closure)
    return setattr_fn, delattr_fn


def _make_compare(name, op, flds, globals):
    return _make_function(
        name, ('self', 'other'),
        ['if other.__class__ is self.__class__:',
         f' return {_tuple_text("self", flds)}{op}{_tuple_text("other", flds)}',
         'return NotImplemented'],
        globals)


def _make_hash(flds, globals):
    return _make_function('__hash__', ('self',),
                          [f'return hash({_tuple_text("self", flds)})'],
                          globals)


# ---------------------------------------------------------------------------
# Field discovery

def _is_classvar(tp, typing):
    cv = typing.ClassVar
    if tp is cv:
        return True
    # CPython checks for typing._GenericAlias; any alias of ClassVar will do.
    try:
        return tp.__origin__ is cv
    except Exception:
        return False


def _is_initvar(tp, dataclasses):
    return tp is dataclasses.InitVar or type(tp) is dataclasses.InitVar


def _is_kw_only(tp, dataclasses):
    return tp is dataclasses.KW_ONLY


def _is_word_char(c):
    return c == '_' or c.isalnum()


def _split_annotation(text):
    # Emulate matching r'^(?:\s*(\w+)\s*\.)?\s*(\w+)': return
    # (module_name or None, name) or None when nothing matches.
    n = len(text)

    def skip_space(i):
        while i < n and text[i].isspace():
            i += 1
        return i

    def word(i):
        j = i
        while j < n and _is_word_char(text[j]):
            j += 1
        return j

    i = skip_space(0)
    j = word(i)
    if j > i:
        k = skip_space(j)
        if k < n and text[k] == '.':
            m = skip_space(k + 1)
            e = word(m)
            if e > m:
                return text[i:j], text[m:e]
        return None, text[i:j]
    return None


def _is_type(annotation, cls, a_module, a_type, predicate):
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    ns = None
    if not module_name:
        ns = sys.modules.get(cls.__module__).__dict__
    else:
        module = sys.modules.get(cls.__module__)
        if module and module.__dict__.get(module_name) is a_module:
            ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and predicate(ns.get(name), a_module)


def _get_field(cls, name, tp, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing and hasattr(typing, 'ClassVar'):
        if (_is_classvar(tp, typing)
                or (isinstance(tp, str)
                    and _is_type(tp, cls, typing, typing.ClassVar,
                                 _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        me = sys.modules[__name__]
        if (_is_initvar(tp, me)
                or (isinstance(tp, str)
                    and _is_type(tp, cls, me, me.InitVar, _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    if isinstance(value, FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    # Add the attribute unless the class body defines it; True if it did.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_add(cls, flds, globals):
    chosen = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _make_hash(chosen, globals))


def _hash_action(cls, unsafe_hash, eq, frozen, explicit):
    # Returns (set?, value).
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ '
                            f'in class {cls.__name__}')
        return 'add'
    if eq and not explicit:
        return 'add' if frozen else 'none'
    return None


# ---------------------------------------------------------------------------
# Text signature for the generated __doc__ (what inspect.signature shows)

def _format_annotation(a):
    if getattr(a, '__module__', None) == 'typing':
        # Drop the 'typing.' prefix of every dotted name in the repr.
        text = repr(a)
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            while j < n and (text[j] == '.' or _is_word_char(text[j])):
                j += 1
            if j > i:
                token = text[i:j]
                if token.startswith('typing.'):
                    token = token[7:]
                out.append(token)
                i = j
            else:
                out.append(text[i])
                i += 1
        return ''.join(out)
    if isinstance(a, GenericAlias):
        return str(a)
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _function_signature(fn, skip_first):
    code = fn.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = code.co_kwonlyargcount
    varargs = bool(code.co_flags & 0x04)
    varkw = bool(code.co_flags & 0x08)
    ann = getattr(fn, '__annotations__', None) or {}
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def one(name, has_default, default, prefix=''):
        text = prefix + name
        if name in ann:
            text += ': ' + _format_annotation(ann[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    out = []
    start = 1 if skip_first else 0
    for i in range(start, npos):
        d = i - first_default
        out.append(one(names[i], d >= 0, defaults[d] if d >= 0 else None))
        if i == nposonly - 1:
            out.append('/')
    idx = npos + nkw
    if varargs:
        out.append(one(names[idx], False, None, '*'))
    elif nkw:
        out.append('*')
    for name in names[npos:npos + nkw]:
        out.append(one(name, name in kwdefaults, kwdefaults.get(name)))
    if varkw:
        out.append(one(names[idx + varargs], False, None, '**'))
    text = '(' + ', '.join(out) + ')'
    if 'return' in ann:
        text += ' -> ' + _format_annotation(ann['return'])
    return text


def _user_method(obj, name):
    try:
        meth = getattr(obj, name)
    except AttributeError:
        return None
    while not isinstance(meth, FunctionType):
        wrapped = getattr(meth, '__wrapped__', None)
        if wrapped is None:
            return None
        meth = wrapped
    return meth


def _class_signature(cls):
    # Returns the text, or None when no signature can be determined.
    call = _user_method(type(cls), '__call__')
    if call is not None:
        return _function_signature(call, True)
    new = _user_method(cls, '__new__')
    init = _user_method(cls, '__init__')
    for base in cls.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return _function_signature(new, True)
        if init is not None and '__init__' in base.__dict__:
            return _function_signature(init, True)
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    return None


# ---------------------------------------------------------------------------
# The decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    me = sys.modules[__name__]
    for name, tp in annotations.items():
        if _is_kw_only(tp, me) or (
                isinstance(tp, str)
                and _is_type(tp, cls, me, me.KW_ONLY, _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, tp, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (class_hash is MISSING or
                         (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    pos_fields = tuple(f for f in init_fields if f.init and not f.kw_only)
    kw_fields = tuple(f for f in init_fields if f.init and f.kw_only)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _make_init(init_fields, pos_fields, kw_fields,
                                      frozen, has_post_init, self_name,
                                      globals, slots))

    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _make_repr([f for f in real_fields if f.repr],
                                      globals))

    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _make_compare('__eq__', '==', compared, globals))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='),
                         ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name,
                                  _make_compare(name, op, compared, globals)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _make_frozen_methods(cls, real_fields, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_action(cls, bool(unsafe_hash), bool(eq), bool(frozen),
                          explicit_hash)
    if action == 'add':
        cls.__hash__ = _hash_add(cls, real_fields, globals)
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            sig = _class_signature(cls)
        except Exception:
            sig = None
        cls.__doc__ = cls.__name__ + ('' if sig is None
                                      else sig.replace(' -> None', ''))

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in pos_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return slots


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    ns['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in ns:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in ns:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator generating __init__, __repr__, __eq__ (and optionally ordering,
    hashing, __match_args__, __slots__ ...) from the class's annotated fields.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------
# Helper functions

def fields(class_or_instance):
    """The Field objects of a dataclass (class or instance), ClassVar and InitVar pseudo-fields left out."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or '
                        'instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory,
                                              as_dict))
                            for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, as_dict)
                        for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict),
                          _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Build a dataclass named cls_name from a list of field specifications."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A copy of the dataclass instance obj with the given fields changed (runs __init__ again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} '
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
