"""Container types that complement the built-in dict, list, set and tuple.

* namedtuple   builds tuple subclasses whose items can also be read by name
* deque        double-ended queue: appends and pops at both ends are O(1)
* ChainMap     one mapping view over a list of mappings, searched in order
* Counter      dict subclass mapping items to how often they occur
* OrderedDict  dict subclass with order-aware extras (move_to_end, ...)
* defaultdict  dict subclass that creates missing values with a factory
* UserDict     dict stand-in (the real dict lives in .data), easy to subclass
* UserList     list stand-in (the real list lives in .data), easy to subclass
* UserString   str stand-in (the real str lives in .data), easy to subclass
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from _collections import deque, _tuplegetter, _count_elements, _caller_module, _c_type_name
from collections import abc as _abc

_abc.MutableSequence.register(deque)

_Mapping = _abc.Mapping
_MutableMapping = _abc.MutableMapping
_Sequence = _abc.Sequence
_MutableSequence = _abc.MutableSequence


def _recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call for the same object returns fillvalue."""
    def decorate(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = getattr(user_function, '__qualname__', user_function.__name__)
        wrapper.__doc__ = user_function.__doc__
        wrapper.__wrapped__ = user_function
        return wrapper
    return decorate


# ==== OrderedDict ===============================================================================

# slotpy's dict keeps insertion order, so an OrderedDict is a dict subclass that only adds the
# order-aware operations (move_to_end, popitem(last=False), order-sensitive ==) and CPython's
# reprs. Moving a key to the front rebuilds the dict (O(n)); everything else is dict speed.

class _OrderedDictKeysView(_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class _OrderedDictItemsView(_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f'odict_items({list(self)!r})'


class _OrderedDictValuesView(_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f'odict_values({list(self)!r})'


for _view, _name in ((_OrderedDictKeysView, 'odict_keys'), (_OrderedDictItemsView, 'odict_items'),
                     (_OrderedDictValuesView, 'odict_values')):
    _view.__name__ = _view.__qualname__ = _name
    _view.__module__ = 'builtins'
del _view, _name


def _odict_add_pairs(self, pairs):
    for pair in pairs:
        it = iter(pair)
        for key in it:
            break
        else:
            raise ValueError('need more than 0 values to unpack')
        for value in it:
            break
        else:
            raise ValueError('need more than 1 value to unpack')
        for _ in it:
            raise ValueError('too many values to unpack (expected 2)')
        self[key] = value


def _odict_update(self, args, kwds):
    if args:
        other = args[0]
        if type(other) is dict:
            _odict_add_pairs(self, list(other.items()))
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            _odict_add_pairs(self, other)
    if kwds:
        _odict_add_pairs(self, list(kwds.items()))


class OrderedDict(dict):
    'dict subclass whose equality with another OrderedDict depends on key order'

    def __init__(self, *args, **kwds):
        '''Takes the same arguments as dict(); keyword arguments keep their order.'''
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _odict_update(self, args, kwds)

    def popitem(self, last=True):
        '''Remove a (key, value) pair and return it: the newest one when last is
        true, else the oldest one.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Reposition key as the newest entry (the oldest when last is false).

        KeyError if key is absent.
        '''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __sizeof__(self):
        return dict.__sizeof__(self)

    def update(self, *args, **kwds):
        '''Add the entries of a mapping or pair iterable, then the keyword arguments.'''
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        _odict_update(self, args, kwds)

    def keys(self):
        "set-like view of the keys, in order"
        return _OrderedDictKeysView(self)

    def items(self):
        "set-like view of the (key, value) pairs, in order"
        return _OrderedDictItemsView(self)

    def values(self):
        "view of the values, in order"
        return _OrderedDictValuesView(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))

    def __reduce__(self):
        # pickled as: class, no args, instance state, then the items
        extra = self.__getstate__() or None
        return self.__class__, (), extra, None, iter(dict.items(self))

    def copy(self):
        'Shallow copy of the same class.'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''New instance mapping each key of iterable to value.'''
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    def __eq__(self, other):
        '''Against another OrderedDict the key order must match too; against any
        other mapping only the contents count.
        '''
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


_c_type_name(OrderedDict, 'collections.OrderedDict')


# ==== namedtuple ================================================================================

def _nt_check_name(name):
    # a type or field name must be a non-keyword identifier
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    if _iskeyword(name):
        raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')


def _nt_bad_for_rename(name, earlier):
    return (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
            or name in earlier)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Build and return a tuple subclass whose items also have attribute names.

    field_names is a sequence of names or one string of names separated by
    spaces and/or commas.  The class gets a __doc__ like 'Point(x, y)', a
    constructor taking the fields positionally or by keyword, one read-only
    property per field, and the helpers _make(iterable), _replace(**changes),
    _asdict(), _fields and _field_defaults.  rename=True replaces invalid or
    repeated field names with _0, _1, ... (by position); defaults supplies
    values for the rightmost fields; module sets __module__.

    >>> Pair = namedtuple('Pair', 'left right')
    >>> Pair(1, right=2)
    Pair(left=1, right=2)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        earlier = set()
        for pos in range(len(names)):
            original = names[pos]
            if _nt_bad_for_rename(original, earlier):
                names[pos] = f'_{pos}'
            earlier.add(original)

    _nt_check_name(typename)
    for name in names:
        _nt_check_name(name)

    taken = set()
    for name in names:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)

    default_map = {}
    if defaults is not None:
        defaults = tuple(defaults)
        extra = len(names) - len(defaults)
        if extra < 0:
            raise TypeError('Got more default values than field names')
        default_map = dict(zip(names[extra:], defaults))

    fields = tuple(_sys.intern(n) for n in names)
    size = len(fields)
    params = ', '.join(fields) + (',' if size == 1 else '')
    shown = '(%s)' % ', '.join(f'{n}=%r' for n in fields)
    make_tuple = tuple.__new__

    # __new__ is compiled from source so that it has the real parameter list (and CPython's
    # argument errors)
    env = {'_tuple_new': make_tuple, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {params}: _tuple_new(_cls, ({params}))', env)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        got = len(made)
        if got != size:
            raise TypeError(f'Expected {size} arguments, got {got}')
        return made

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        made = self._make(kwds.pop(n, old) for n, old in zip(fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + shown % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    members = {'__new__': __new__, '_make': _make, '_replace': _replace,
               '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__}
    for fn in members.values():
        fn.__qualname__ = f'{typename}.{fn.__name__}'
    members['_make'] = classmethod(_make)

    body = {'__doc__': f'{typename}({params})', '__slots__': (), '_fields': fields,
            '_field_defaults': default_map}
    body.update(members)
    body['__match_args__'] = fields
    for pos, name in enumerate(fields):
        body[name] = _tuplegetter(pos, _sys.intern(f'Alias for field number {pos}'))

    cls = type(typename, (tuple,), body)
    if module is None:
        module = _caller_module(1)
    if module is not None:
        cls.__module__ = module
    return cls


# ==== Counter ===================================================================================

class Counter(dict):
    '''A dict that maps each item to the number of times it was seen (a
    multiset).  Missing items count as zero.

    >>> Counter('mississippi').most_common(2)
    [('i', 4), ('s', 4)]
    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Start empty, then count the items of iterable, or take the counts of a
        mapping, plus any keyword counts.
        '''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'Absent items have a count of zero.'
        return 0

    def total(self):
        'Sum of all counts.'
        return sum(self.values())

    def most_common(self, n=None):
        '''(item, count) pairs, highest count first; only the top n unless n is None.'''
        if n is not None:
            import heapq
            return heapq.nlargest(n, self.items(), key=_second)
        return sorted(self.items(), key=_second, reverse=True)

    def elements(self):
        '''Iterate over the items, each repeated count times; items whose count
        is zero or negative are skipped.
        '''
        return _repeat_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Add counts (rather than replace values) from an iterable of items or a
        mapping of counts, then from the keyword arguments.
        '''
        if iterable is None:
            pass
        elif not isinstance(iterable, _Mapping):
            _count_elements(self, iterable)
        elif not self:
            super().update(iterable)
        else:
            current = self.get
            for item, n in iterable.items():
                self[item] = n + current(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''The opposite of update(): counts are taken away, and may drop to zero
        or below.
        '''
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _Mapping):
                pairs = iterable.items()
            else:
                pairs = ((item, 1) for item in iterable)
            for item, n in pairs:
                self[item] = current(item, 0) - n
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Shallow copy of the same class.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Deleting an absent item is not an error.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:       # counts that cannot be ordered
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons treat absent items as zero.  Only Counters are compared.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counts_hold(self, other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counts_hold(self, other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counts_hold(self, other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Binary operators build a new Counter that keeps positive counts only.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, _add, _same)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, _sub, _negated)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, _larger, _same)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _merge_counts(self, other, _smaller, None)

    def __pos__(self):
        'Copy without the zero and negative counts.'
        return Counter({item: n for item, n in self.items() if n > 0})

    def __neg__(self):
        'Negated copy of the negative counts only.'
        return Counter({item: 0 - n for item, n in self.items() if n < 0})

    def _keep_positive(self):
        # drop, in place, every item whose count is not above zero
        doomed = [item for item, n in self.items() if not n > 0]
        for item in doomed:
            del self[item]
        return self

    # In-place operators update self, then drop counts that are not positive.

    def __iadd__(self, other):
        for item, n in other.items():
            self[item] += n
        return self._keep_positive()

    def __isub__(self, other):
        for item, n in other.items():
            self[item] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for item, theirs in other.items():
            if theirs > self[item]:
                self[item] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for item, mine in self.items():
            theirs = other[item]
            if theirs < mine:
                self[item] = theirs
        return self._keep_positive()


def _counts_hold(a, b, test):
    for source in (a, b):
        for item in source:
            if not test(a[item], b[item]):
                return False
    return True


def _merge_counts(a, b, both, only_b):
    # both(count in a, count in b) for the items of a; only_b(count) for items only in b
    out = Counter()
    for item, n in a.items():
        value = both(n, b[item])
        if value > 0:
            out[item] = value
    if only_b is not None:
        for item, n in b.items():
            if item not in a:
                value = only_b(n)
                if value > 0:
                    out[item] = value
    return out


_eq = lambda x, y: x == y
_le = lambda x, y: x <= y
_ge = lambda x, y: x >= y
_add = lambda x, y: x + y
_sub = lambda x, y: x - y
_larger = lambda x, y: y if x < y else x
_smaller = lambda x, y: x if x < y else y
_same = lambda x: x
_negated = lambda x: 0 - x


def _second(pair):
    return pair[1]


def _repeat_elements(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


# ==== defaultdict ===============================================================================

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    d[key] for an absent key stores and returns default_factory() (only
    __getitem__ does this; get() and `in` do not).  Arguments after the
    factory are handled exactly as by dict(); equality is dict equality.
    """
    __slots__ = ('default_factory',)

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
            args = args[1:]
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """Called by __getitem__ for an absent key: KeyError without a factory,
        otherwise store default_factory() under key and return it."""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            frepr = _factory_repr(factory)
        return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'

    def copy(self):
        """Shallow copy with the same factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        # pickled as: class, (factory,), no state, then the items
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


@_recursive_repr()
def _factory_repr(factory):
    return repr(factory)


_c_type_name(defaultdict, 'collections.defaultdict')


# ==== ChainMap ==================================================================================

class ChainMap(_MutableMapping):
    '''One mutable mapping made of several: reads look through the list of
    mappings in the public attribute *maps* (its only state) and return the
    first hit, while writes and deletions go to maps[0] alone.
    '''

    def __init__(self, *maps):
        '''maps becomes the list of the given mappings, or [{}] when none are given.'''
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                found = layer[key]
            except KeyError:
                continue
            return found
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # keys in the order of the deepest mapping first, each once
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'A ChainMap over one new dict made by dict.fromkeys().'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'Same class; maps[0] is copied, the other mappings are shared.'
        head = self.maps[0].copy()
        return self.__class__(head, *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''Same class with m (default: a new dict) in front of the current maps;
        keyword arguments are stored into that front mapping.
        '''
        if m is not None:
            if kwargs:
                m.update(kwargs)
        else:
            m = kwargs
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'Same class over every mapping except the first.'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'popitem() of maps[0]; KeyError when it is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'pop() from maps[0] only; KeyError when key is not there.'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Empty maps[0]; the deeper mappings are untouched.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for layer in self.maps[::-1]:
            merged.update(layer)
        return self.__class__(merged)


# ==== UserDict ==================================================================================

class UserDict(_MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        pending = [] if dict is None else [dict]
        if kwargs:
            pending.append(kwargs)
        for source in pending:
            self.update(source)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key not in self.data:
            # like dict: a subclass may define __missing__
            cls = self.__class__
            if not hasattr(cls, "__missing__"):
                raise KeyError(key)
            return cls.__missing__(self, key)
        return self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return self.__class__(self.data | _dict_of(other))

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return self.__class__(_dict_of(other) | self.data)

    def __ior__(self, other):
        self.data |= _dict_of(other)
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        state = dict(self.__dict__)
        state["data"] = state["data"].copy()
        twin.__dict__.update(state)
        return twin

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # copy a subclass instance through the copy module while its data is empty, so
        # that subclass state is kept, then add the items
        import copy
        saved, self.data = self.data, {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


def _dict_of(obj):
    return obj.data if isinstance(obj, UserDict) else obj


# ==== UserList ==================================================================================

class UserList(_MutableSequence):
    """List stand-in that keeps its items in a real list, the .data attribute."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        else:
            self.data = list(initlist.data if isinstance(initlist, UserList) else initlist)

    def __repr__(self):
        return repr(self.data)

    # comparisons see through another UserList to its list

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    # + accepts a UserList, a list, or any iterable (made into a list)

    def __add__(self, other):
        return self.__class__(self.data + self._operand(other))

    def __radd__(self, other):
        return self.__class__(self._operand(other) + self.data)

    def __iadd__(self, other):
        self.data += self._operand(other)
        return self

    def _operand(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, type(self.data)) else list(other)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        state = dict(self.__dict__)
        state["data"] = state["data"][:]
        twin.__dict__.update(state)
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_list_of(other))


def _list_of(obj):
    return obj.data if isinstance(obj, UserList) else obj


# ==== UserString ================================================================================

class UserString(_Sequence):

    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = seq if isinstance(seq, str) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    # comparisons and searches see through another UserString to its str

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            tail = other.data
        else:
            tail = other if isinstance(other, str) else str(other)
        return self.__class__(self.data + tail)

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return self.__class__(head + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_of(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_of(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_of(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        # None means the default for either argument
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_of(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_of(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


def _str_of(obj):
    return obj.data if isinstance(obj, UserString) else obj
