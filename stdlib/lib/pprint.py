"""Pretty-printing of Python data structures (pprint, pformat, pp, saferepr, PrettyPrinter)."""

import collections as _collections
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default: sys.stdout), followed by a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed representation of object as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print object, keeping dict insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def saferepr(object):
    """repr() that copes with recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True when saferepr(object) can be read back with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True when object contains a reference to itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that falls back to (type name, id) ordering for unorderable values."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _word_runs(line):
    """Split line into pieces that are a run of non-space characters followed by spaces."""
    parts = []
    i, n = 0, len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes_repr(data, width, allowance):
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _is_generated_dataclass(object):
    try:
        import dataclasses
    except ImportError:
        return False
    if not dataclasses.is_dataclass(object) or isinstance(object, type):
        return False
    if not object.__dataclass_params__.repr:
        return False
    wrapped = getattr(object.__repr__, '__wrapped__', None)
    return wrapped is not None and '__create_fn__' in wrapped.__qualname__


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Pretty-printer writing to stream (default sys.stdout) with the given layout options."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def _top(self, object, stream):
        self._format(object, stream, 0, 0, {}, 0)

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._top(object, out)
        out.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._top(object, buffer)
        return buffer.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    # ---- layout ---------------------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        flat = self._repr(object, context, level)
        if len(flat) <= self._width - indent - allowance:
            stream.write(flat)
            return
        handler = self._dispatch.get(type(object).__repr__)
        if handler is None and _is_generated_dataclass(object):
            handler = type(self)._pprint_dataclass
        if handler is None:
            stream.write(flat)
            return
        # mark the object as being printed so that references back to it show as recursion
        context[key] = 1
        handler(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    _dispatch = {}

    def _handles(*classes, _table=_dispatch):
        # class-body decorator: use the method for objects whose __repr__ is the class's own
        def register(method):
            for klass in classes:
                _table[klass.__repr__] = method
            return method
        return register

    def _open_pad(self, stream):
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    @_handles(dict)
    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_safe_tuple)
            self._format_dict_items(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    @_handles(_collections.OrderedDict)
    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    @_handles(list)
    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    @_handles(tuple)
    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    @_handles(set, frozenset)
    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(cls.__name__ + '({')
            close = '})'
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    @_handles(str)
    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        width = width_last = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                width_last -= allowance
            if len(rep) <= width_last:
                chunks.append(rep)
                continue
            parts = _word_runs(line)
            limit = width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if last_line and j == len(parts) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    @_handles(bytes)
    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        sep = '\n' + ' ' * indent
        stream.write(sep.join(_wrap_bytes_repr(object, self._width - indent, allowance)))
        if parens:
            stream.write(')')

    @_handles(bytearray)
    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    @_handles(_types.MappingProxyType)
    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    @_handles(_types.SimpleNamespace)
    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(sep)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        sep = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # A recursive reference prints as the generated dataclass repr would.
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(sep)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._open_pad(stream)
        sep_nl = ',\n' + ' ' * indent
        sep = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        count = len(items)
        for i, item in enumerate(items):
            last = i == count - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if sep:
                        sep = sep_nl
                if width >= needed:
                    width -= needed
                    stream.write(sep)
                    sep = ', '
                    stream.write(rep)
                    continue
            stream.write(sep)
            sep = sep_nl
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """Return (repr string, is readable, is recursive) for object in this context."""
        return self._safe_repr(object, context, maxlevels, level)

    @_handles(_collections.defaultdict)
    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    @_handles(_collections.Counter)
    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    @_handles(_collections.ChainMap)
    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        *leading, final = object.maps
        for mapping in leading:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(final, stream, indent, allowance + 1, context, level)
        stream.write(')')

    @_handles(_collections.deque)
    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    @_handles(_collections.UserDict, _collections.UserList, _collections.UserString)
    def _pprint_user_data(self, object, stream, indent, allowance, context, level):
        # the wrapper adds nothing to the output, so it does not count as a level
        inner = object.data
        self._format(inner, stream, indent, allowance, context, level - 1)

    del _handles

    # ---- one-line repr ------------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False
        r = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(cls, dict) and r is dict.__repr__:
            if not object:
                return '{}', True, False
            return self._safe_repr_container(object, context, maxlevels, level, '{%s}',
                                             self._safe_dict_parts)
        if issubclass(cls, list) and r is list.__repr__:
            if not object:
                return '[]', True, False
            return self._safe_repr_container(object, context, maxlevels, level, '[%s]',
                                             self._safe_item_parts)
        if issubclass(cls, tuple) and r is tuple.__repr__:
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_repr_container(object, context, maxlevels, level, template,
                                             self._safe_item_parts)
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False

    def _safe_repr_container(self, object, context, maxlevels, level, template, parts_of):
        ident = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, ident in context
        if ident in context:
            return _recursion(object), False, True
        context[ident] = 1
        parts, readable, recursive = parts_of(object, context, maxlevels, level + 1)
        del context[ident]
        return template % ', '.join(parts), readable, recursive

    def _safe_dict_parts(self, object, context, maxlevels, level):
        pairs = object.items()
        if self._sort_dicts:
            pairs = sorted(pairs, key=_safe_tuple)
        parts = []
        readable, recursive = True, False
        for k, v in pairs:
            ktext, kok, kloop = self.format(k, context, maxlevels, level)
            vtext, vok, vloop = self.format(v, context, maxlevels, level)
            parts.append(f'{ktext}: {vtext}')
            readable = readable and kok and vok
            if kloop or vloop:
                recursive = True
        return parts, readable, recursive

    def _safe_item_parts(self, object, context, maxlevels, level):
        parts = []
        readable, recursive = True, False
        for item in object:
            text, ok, loop = self.format(item, context, maxlevels, level)
            parts.append(text)
            if not ok:
                readable = False
            if loop:
                recursive = True
        return parts, readable, recursive


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})
